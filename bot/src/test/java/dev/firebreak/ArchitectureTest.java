package dev.firebreak;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The domain talks to ports only; vendors stay in their adapters; packages do not depend on each other in circles. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.firebreak");

    private static final String[] VENDOR_SDKS = {
        "com.slack..", "io.fabric8..", "okhttp3..", "dev.langchain4j..", "com.github.kagkarlsson..", "io.micronaut.http.."
    };

    /** Our adapter packages, each with the one integration module it may use. */
    private static final Map<String, String> ADAPTERS = Map.of(
            "dev.firebreak.slack..", "dev.firebreak.integrations.slack..",
            "dev.firebreak.pagerduty..", "dev.firebreak.integrations.pagerduty..",
            "dev.firebreak.jira..", "dev.firebreak.integrations.jira..",
            "dev.firebreak.kubernetes..", "dev.firebreak.integrations.kubernetes..");

    @ParameterizedTest
    @ValueSource(strings = {"incident", "command", "runbook", "diagnostics", "summary", "postmortem", "logs"})
    void aDomainPackageImportsNoVendorSdkAndNoAdapter(String domain) {
        noClasses().that().resideInAPackage("dev.firebreak." + domain + "..")
                .should().dependOnClassesThat().resideInAnyPackage(VENDOR_SDKS)
                .orShould().dependOnClassesThat().resideInAnyPackage("dev.firebreak.integrations..",
                        "dev.firebreak.slack..", "dev.firebreak.pagerduty..", "dev.firebreak.jira..",
                        "dev.firebreak.kubernetes..", "dev.firebreak.work..", "dev.firebreak.api..")
                .check(CLASSES);
    }

    @Test
    void anAdapterTouchesOnlyItsOwnIntegration() {
        ADAPTERS.forEach((adapter, own) -> noClasses().that().resideInAPackage(adapter)
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "another vendor's integration",
                        c -> c.getPackageName().startsWith("dev.firebreak.integrations.")
                                && !c.getPackageName().startsWith(own.replace("..", ""))
                                && !c.getPackageName().startsWith("dev.firebreak.integrations.http")))
                .check(CLASSES));
    }

    @Test
    void onlyTheSlackAdapterUsesTheSlackSdk() {
        noClasses().that().resideOutsideOfPackages("dev.firebreak.slack..", "dev.firebreak.integrations.slack..")
                .should().dependOnClassesThat().resideInAnyPackage("com.slack..")
                .check(CLASSES);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.firebreak.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
