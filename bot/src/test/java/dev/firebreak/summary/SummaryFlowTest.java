package dev.firebreak.summary;

import static dev.firebreak.support.DeclarationBuilder.byPerson;
import dev.firebreak.testdata.TestData;
import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.diagnostics.MockKubernetes;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentRepository;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.Severity;
import dev.firebreak.incident.TimelineEntry;
import dev.firebreak.incident.TimelineKind;
import dev.firebreak.support.AppTestBase;
import dev.firebreak.support.Prometheus;
import dev.firebreak.support.Eventually;
import dev.firebreak.support.SlackSamples;
import dev.firebreak.support.SlackStub;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** `/incident summarize` on a failing namespace, without an LLM: the deterministic summary must stand on its own. */
@MicronautTest(transactional = false)
class SummaryFlowTest extends AppTestBase {
    private static final String ALERTMANAGER_TOKEN = "am-token";

    @Inject
    IncidentService incidents;

    @Inject
    IncidentRepository incidentRepository;

    private Incident incident;
    private String channel;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("firebreak.runbooks.dir", "../runbooks", MockKubernetes.ENABLED, "true",
                "firebreak.summary.links.logs", "https://grafana.example.com/explore?ns={namespace}&wl={workload}&from={from}",
                "firebreak.alertmanager.webhook-token", ALERTMANAGER_TOKEN);
    }

    @BeforeAll
    void incident() {
        dev.firebreak.diagnostics.FailingWorkloadsAccess.seed();
        incident = incidents.declare(byPerson("Payments API down", "U0IC").severity(Severity.SEV1).build());
        Eventually.await("channel", () -> incidentRepository.findById(incident.id()).orElseThrow().headerRef() != null);
        channel = incidentRepository.findById(incident.id()).orElseThrow().channelId();
    }

    @Test
    void aSummaryNamesWhatIsFailingSinceWhenAndWhichRunbookToTry() {
        double postedBefore = Prometheus.valueOrZero(get("/prometheus", null).body(), "firebreak_summaries_total",
                Map.of("outcome", "deterministic"));
        assertThat(command("summarize payments/payment-api", channel, "U0IC")).contains("Summarizing `payments/payment-api`");

        Map<String, String> posted = slack.awaitForm("chat.postMessage", f -> channel.equals(f.get("channel"))
                && f.get("blocks") != null && f.get("blocks").contains("Summary of payments/payment-api"));
        String blocks = SlackStub.unescapeJson(posted.get("blocks"));
        assertThat(blocks).contains("What is failing:").contains("CrashLoopBackOff").contains("Likely cause:")
                .contains("/incident diagnose crashloop").contains("Deterministic summary")
                .doesNotContain("hunter2hunter2").doesNotContain("Pl4intextDbPass!");
        Eventually.await("summary in the timeline", Duration.ofSeconds(10), () -> incidents.timeline(incident.id()).stream()
                .anyMatch(e -> e.kind() == TimelineKind.SUMMARY));
        assertThat(Prometheus.valueOrZero(get("/prometheus", null).body(), "firebreak_summaries_total",
                Map.of("outcome", "deterministic"))).isGreaterThan(postedBefore);
        TimelineEntry entry = incidents.timeline(incident.id()).stream().filter(e -> e.kind() == TimelineKind.SUMMARY)
                .findFirst().orElseThrow();
        assertThat(entry.text()).startsWith("Summary of payments/payment-api:").contains("by deterministic");

        // One click to the evidence: the team's log search for this workload, and all of it in the thread.
        assertThat(blocks).containsPattern("<https://grafana\\.example\\.com/explore\\?ns=payments&wl=payment-api&from=\\d{13}\\|logs>")
                .contains("evidence.txt");
        Map<String, String> upload = slack.awaitForm("files.completeUploadExternal", f -> channel.equals(f.get("channel_id")));
        assertThat(upload.get("thread_ts")).isEqualTo(SlackStub.unescapeJson(slack.server().getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().endsWith("chat.postMessage") && e.getRequest().getBodyAsString().contains("Summary+of+payments"))
                .findFirst().orElseThrow().getResponse().getBodyAsString()).replaceAll(".*\"ts\":\"([0-9.]+)\".*", "$1"));
        String file = slack.server().getAllServeEvents().stream().filter(e -> e.getRequest().getUrl().startsWith("/upload/"))
                .map(e -> e.getRequest().getBodyAsString()).filter(b -> b.contains("CrashLoopBackOff")).findFirst().orElseThrow();
        assertThat(file).contains("FAILURE").contains("payment-api").doesNotContain("hunter2hunter2").doesNotContain("Pl4intextDbPass!");
    }

    @Test
    void anAlertThatSaysWhereToLookOpensWithASummaryAlreadyPosted() throws Exception {
        String firing = Files.readString(TestData.resolve("samples/alertmanager/sample_v4_firing.constructed.json"));
        HttpResponse<String> accepted = send(HttpRequest.newBuilder(uri("/webhooks/alertmanager"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + ALERTMANAGER_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(firing)));
        assertThat(accepted.statusCode()).isEqualTo(202);

        Eventually.await("incident from the alert", () -> incidentRepository.findAllOrderByCreatedAtDesc().stream()
                .anyMatch(i -> "alertmanager".equals(i.source()) && i.channelId() != null));
        String alertChannel = incidentRepository.findAllOrderByCreatedAtDesc().stream()
                .filter(i -> "alertmanager".equals(i.source())).findFirst().orElseThrow().channelId();
        // Nobody typed a command: the alert's namespace label was enough to know where to look.
        Map<String, String> posted = slack.awaitForm("chat.postMessage", f -> alertChannel.equals(f.get("channel"))
                && f.get("blocks") != null && f.get("blocks").contains("Summary of payments"));
        assertThat(SlackStub.unescapeJson(posted.get("blocks"))).contains("CrashLoopBackOff").contains("/incident diagnose crashloop");
    }

    @Test
    void aBadTargetIsRefused() {
        assertThat(command("summarize Payments/API!", channel, "U0IC")).contains("namespace/workload");
    }
}
