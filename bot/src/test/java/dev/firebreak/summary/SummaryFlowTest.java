package dev.firebreak.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.diagnostics.MockKubernetes;
import dev.firebreak.incident.Declaration;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentRepository;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.Severity;
import dev.firebreak.incident.TimelineEntry;
import dev.firebreak.incident.TimelineKind;
import dev.firebreak.incident.TimelineSource;
import dev.firebreak.support.AppTestBase;
import dev.firebreak.support.Eventually;
import dev.firebreak.support.SlackStub;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** `/incident summarize` on a failing namespace, without an LLM: the deterministic summary must stand on its own. */
@MicronautTest(transactional = false)
class SummaryFlowTest extends AppTestBase {

    @Inject
    IncidentService incidents;

    @Inject
    IncidentRepository incidentRepository;

    private Incident incident;
    private String channel;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("firebreak.runbooks.dir", "../runbooks", MockKubernetes.ENABLED, "true");
    }

    @BeforeAll
    void incident() {
        dev.firebreak.diagnostics.FailingWorkloadsAccess.seed();
        incident = incidents.declare(new Declaration("Payments API down", Severity.SEV1, null, null, "U0IC", null,
                TimelineSource.SLASH_COMMAND, null, null));
        Eventually.await("channel", () -> incidentRepository.findById(incident.id()).orElseThrow().headerRef() != null);
        channel = incidentRepository.findById(incident.id()).orElseThrow().channelId();
    }

    @Test
    void aSummaryNamesWhatIsFailingSinceWhenAndWhichRunbookToTry() {
        assertThat(command("summarize payments/payment-api", channel, "U0IC")).contains("Summarizing `payments/payment-api`");

        Map<String, String> posted = slack.awaitForm("chat.postMessage", f -> channel.equals(f.get("channel"))
                && f.get("blocks") != null && f.get("blocks").contains("Summary of payments/payment-api"));
        String blocks = SlackStub.unescapeJson(posted.get("blocks"));
        assertThat(blocks).contains("What is failing:").contains("CrashLoopBackOff").contains("Likely cause:")
                .contains("/incident diagnose crashloop").contains("Deterministic summary")
                .doesNotContain("hunter2hunter2").doesNotContain("Pl4intextDbPass!");
        Eventually.await("summary in the timeline", Duration.ofSeconds(10), () -> incidents.timeline(incident.id()).stream()
                .anyMatch(e -> e.kind() == TimelineKind.SUMMARY));
        TimelineEntry entry = incidents.timeline(incident.id()).stream().filter(e -> e.kind() == TimelineKind.SUMMARY)
                .findFirst().orElseThrow();
        assertThat(entry.text()).startsWith("Summary of payments/payment-api:").contains("by deterministic");
    }

    @Test
    void aBadTargetIsRefused() {
        assertThat(command("summarize Payments/API!", channel, "U0IC")).contains("namespace/workload");
    }
}
