package dev.firebreak;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The incident domain talks to ports only; vendors stay in their adapters. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.firebreak");

    @Test
    void theDomainImportsNoVendorSdk() {
        noClasses().that().resideInAnyPackage("dev.firebreak.incident..", "dev.firebreak.command..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.slack..", "io.fabric8..", "okhttp3..", "dev.langchain4j..", "com.github.kagkarlsson..",
                        "dev.firebreak.integrations..", "dev.firebreak.slack..", "dev.firebreak.work..",
                        "dev.firebreak.api..", "io.micronaut.http..")
                .check(CLASSES);
    }

    @Test
    void onlyTheSlackAdapterUsesTheSlackSdk() {
        noClasses().that().resideOutsideOfPackages("dev.firebreak.slack..", "dev.firebreak.integrations.slack..")
                .should().dependOnClassesThat().resideInAnyPackage("com.slack..")
                .check(CLASSES);
    }
}
