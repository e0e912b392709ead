package dev.firebreak.diagnostics;

import static dev.firebreak.support.DeclarationBuilder.fromAlert;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentRepository;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.Severity;
import dev.firebreak.incident.TimelineEntry;
import dev.firebreak.incident.TimelineKind;
import dev.firebreak.support.AppTestBase;
import dev.firebreak.support.Prometheus;
import dev.firebreak.support.Eventually;
import dev.firebreak.support.SlackStub;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every shipped runbook, run from Slack against a mock cluster with failing workloads. */
@MicronautTest(transactional = false)
class ShippedRunbooksRunTest extends AppTestBase {
    private static final String RESPONDER = "U0ONCALL";

    @Inject
    IncidentService incidents;

    @Inject
    IncidentRepository incidentRepository;

    @Inject
    RunbookRunRepository runs;

    @Inject
    StepResultRepository steps;

    private String channel;
    private Incident incident;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("firebreak.runbooks.dir", "../runbooks", MockKubernetes.ENABLED, "true");
    }

    @BeforeAll
    void incidentWithAlertLabels() {
        FailingWorkloads.seed(MockKubernetes.server(), MockKubernetes.client());
        incident = incidents.declare(fromAlert("KubePodCrashLooping (namespace=payments)", "test:runbooks").severity(Severity.SEV2).build(),
                Map.of("namespace", FailingWorkloads.NS, "deployment", FailingWorkloads.DEPLOYMENT, "cluster", MockKubernetes.CLUSTER));
        Eventually.await("channel", () -> incidentRepository.findById(incident.id()).orElseThrow().headerRef() != null);
        channel = incidentRepository.findById(incident.id()).orElseThrow().channelId();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "crashloop|",
            "rollout|",
            "pending-pods|",
            "oom|",
            "service-endpoints|service=payment-api",
            "node-pressure|node=node-1",
            "pvc-stuck|pvc=data-payment-db-0",
            "recent-changes|"})
    void everyShippedRunbookRunsToTheEnd(String runbook, String arguments) {
        String ack = command("diagnose " + runbook + (arguments == null ? "" : " " + arguments), channel, RESPONDER);

        assertThat(ack).contains("Running `" + runbook + "`");
        RunbookRun run = awaitFinished(runbook);
        List<StepResult> results = steps.findByRunIdOrderById(run.id());
        assertThat(results).allSatisfy(r -> assertThat(r.status()).as(r.stepId() + ": " + r.output()).isEqualTo(StepStatus.OK));
        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.cluster()).isEqualTo(MockKubernetes.CLUSTER);
        String thread = runs.findById(run.id()).orElseThrow().threadRef();
        Eventually.await("results in the thread", () -> slack.calls("chat.postMessage").stream().map(SlackStub::form)
                .filter(f -> thread.equals(f.get("thread_ts"))).count() >= results.size() + 1);
        assertThat(timeline().stream().map(TimelineEntry::text))
                .anyMatch(t -> t.startsWith("Runbook " + runbook + " (run " + run.id() + ") on prod-eu-1 finished succeeded"));
    }

    @Test
    void theCrashLoopRunShowsWhatIsFailingAndNoSecret() {
        Map<String, String> succeeded = Map.of("runbook", "crashloop", "outcome", "succeeded");
        double runsBefore = Prometheus.valueOrZero(get("/prometheus", null).body(), "firebreak_runbook_runs_total", succeeded);
        command("diagnose crashloop", channel, RESPONDER);
        RunbookRun run = awaitFinished("crashloop");
        Eventually.await("the run counted", () -> Prometheus.valueOrZero(get("/prometheus", null).body(),
                "firebreak_runbook_runs_total", succeeded) == runsBefore + 1);

        String output = steps.findByRunIdOrderById(run.id()).stream().map(StepResult::output).collect(Collectors.joining("\n"));
        assertThat(output).contains("CrashLoopBackOff").contains("OOMKilled").contains("connection refused")
                .contains("password=[REDACTED]").contains("ProvisioningFailed");
        assertNoSecretLeft(output);
        assertNoSecretLeft(slack.all().stream().map(LoggedRequest::getBodyAsString).collect(Collectors.joining("\n")));
        assertNoSecretLeft(timeline().stream().map(TimelineEntry::text).collect(Collectors.joining("\n")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "diagnose crashloop namespace=default;rm",
            "diagnose crashloop namespace=../etc",
            "diagnose crashloop deployment=$(id)",
            "diagnose crashloop namespace=payments cluster=other-cluster",
            "diagnose crashloop pod=Payment_API",
            "diagnose crashloop color=blue"})
    void badParametersAreRefusedAndNothingRuns(String text) {
        int before = runs.findByIncidentIdOrderByStartedAt(incident.id()).size();

        String ack = command(text, channel, RESPONDER);

        assertThat(ack).startsWith(":warning:").contains("Nothing was run").doesNotContain("Running");
        assertThat(runs.findByIncidentIdOrderByStartedAt(incident.id())).hasSize(before);
    }

    @Test
    void anUnknownRunbookGetsTheClosestNames() {
        assertThat(command("diagnose crashlop", channel, RESPONDER)).contains("no runbook `crashlop`").contains("`crashloop`");
    }

    @Test
    void runbooksListsWhatTheCallerMayRun() {
        assertThat(command("runbooks", channel, RESPONDER)).contains("`crashloop`").contains("`pvc-stuck`")
                .contains("`recent-changes`");
    }

    private RunbookRun awaitFinished(String runbook) {
        Eventually.await(runbook + " finished", Duration.ofSeconds(30), () -> runs.findByIncidentIdOrderByStartedAt(incident.id())
                .stream().filter(r -> r.runbookId().equals(runbook)).reduce((a, b) -> b).map(r -> r.finishedAt() != null).orElse(false));
        return runs.findByIncidentIdOrderByStartedAt(incident.id()).stream().filter(r -> r.runbookId().equals(runbook))
                .reduce((a, b) -> b).orElseThrow();
    }

    private List<TimelineEntry> timeline() {
        return incidents.timeline(incident.id()).stream().filter(e -> e.kind() == TimelineKind.DIAGNOSTIC).collect(Collectors.toList());
    }

    private static void assertNoSecretLeft(String text) {
        assertThat(text).doesNotContain(FailingWorkloads.PLAINTEXT_PASSWORD).doesNotContain(FailingWorkloads.LOGGED_PASSWORD)
                .doesNotContain(FailingWorkloads.LOGGED_DSN_PASSWORD);
    }
}
