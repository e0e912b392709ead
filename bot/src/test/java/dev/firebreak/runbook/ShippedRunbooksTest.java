package dev.firebreak.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The catalog in the repository's runbooks/ loads, is read-only, and binds from typical alert labels. */
class ShippedRunbooksTest {
    static final Path SHIPPED = Path.of("../runbooks"); // surefire runs in bot/
    private static RunbookCatalog catalog;

    @BeforeAll
    static void load() throws RunbookValidationException {
        catalog = RunbookCatalog.load(SHIPPED);
    }

    @Test
    void allEightShippedRunbooksLoadWithoutErrors() {
        assertThat(catalog.ids()).containsExactlyInAnyOrder("crashloop", "rollout", "pending-pods", "oom",
                "service-endpoints", "node-pressure", "pvc-stuck", "recent-changes");
    }

    @Test
    void shippedRunbooksAreReadOnlyAndOpenToEveryone() {
        for (Runbook r : catalog.all()) {
            assertThat(r.steps()).as(r.id()).noneMatch(Step::mutating).noneMatch(Step::requiresApproval);
            assertThat(r.allowed()).as(r.id()).isEqualTo(Audience.EVERYONE);
            assertThat(RunbookAccess.mayRun(r, "U012345", java.util.Set.of())).isTrue();
        }
    }

    @Test
    void everyShippedRunbookBindsFromTypicalAlertLabels() throws ParameterException {
        Map<String, String> labels = Map.of("namespace", "payments", "deployment", "checkout-api",
                "pod", "checkout-api-7d4f9c-x2x8k", "container", "api", "service", "checkout",
                "node", "ip-10-0-1-12.eu-west-1.compute.internal", "persistentvolumeclaim", "data-postgres-0",
                "cluster", "prod-eu-1");
        for (Runbook r : catalog.all()) {
            BoundParameters bound = ParameterBinder.bind(r, Map.of(), labels);
            assertThat(bound.stepArgs()).as(r.id()).containsOnlyKeys(r.steps().stream().map(Step::id).toList());
            assertThat(bound.cluster()).as(r.id()).contains("prod-eu-1");
        }
    }

    @Test
    void crashloopReadsThePreviousLogsOfTheDeployment() throws ParameterException {
        Runbook crashloop = catalog.find("crashloop").orElseThrow();
        BoundParameters bound = ParameterBinder.bind(crashloop, Map.of("namespace", "payments",
                "deployment", "checkout-api"), Map.of());
        assertThat(bound.argsFor("logs")).containsExactly(Map.entry("namespace", "payments"),
                Map.entry("deployment", "checkout-api"), Map.entry("tailLines", "100"),
                Map.entry("previous", "true"));
        assertThat(crashloop.step("logs").orElseThrow().dependsOn()).containsExactly("pods");
    }
}
