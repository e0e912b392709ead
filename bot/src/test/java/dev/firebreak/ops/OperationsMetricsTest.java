package dev.firebreak.ops;

import static dev.firebreak.support.Prometheus.valueOrZero;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import dev.firebreak.incident.Declaration;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.Severity;
import dev.firebreak.incident.TimelineSource;
import dev.firebreak.support.DeclarationBuilder;
import dev.firebreak.support.AppTestBase;
import dev.firebreak.support.Eventually;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The incident and job engine metrics at {@code /prometheus}, after real flows: a slash command, an alert nobody
 * commands until someone takes command, a resolution, and a job engine that falls behind. Counters are compared
 * before and after, so the test holds whatever ran before it in the same application.
 */
@MicronautTest(transactional = false)
class OperationsMetricsTest extends AppTestBase {
    private static final Map<String, String> ALERT_SEV1 = Map.of("source", "alertmanager", "severity", "sev1");

    @Inject
    IncidentService incidents;

    @Inject
    Scheduler scheduler;

    @Test
    void incidentsOpenedAcknowledgedAndResolvedAreCountedAndTimed() {
        String before = scrape();

        command("declare \"Checkout latency\" sev2", "C0GENERAL", "U0DECLARER");
        Incident alert = incidents.declare(alertDeclaration());
        incidents.takeCommand(alert, "U0ONCALL", TimelineSource.BUTTON);
        Incident taken = incidents.find(alert.id()).orElseThrow();
        incidents.resolve(taken, "U0ONCALL", TimelineSource.SLASH_COMMAND);

        String after = scrape();
        assertThat(delta(before, after, "firebreak_incidents_opened_total", Map.of("source", "slash-command", "severity", "sev2"))).isEqualTo(1);
        assertThat(delta(before, after, "firebreak_incidents_opened_total", ALERT_SEV1)).isEqualTo(1);
        assertThat(delta(before, after, "firebreak_incident_time_to_acknowledge_seconds_count", ALERT_SEV1)).isEqualTo(1);
        assertThat(delta(before, after, "firebreak_incident_time_to_resolve_seconds_count", ALERT_SEV1)).isEqualTo(1);
        // Histograms: the buckets are there for percentiles across replicas, and a quick resolve lands in the first.
        assertThat(delta(before, after, "firebreak_incident_time_to_resolve_seconds_bucket",
                Map.of("source", "alertmanager", "severity", "sev1", "le", "60.0"))).isEqualTo(1);
        // The person who declared is commander from the start: nothing to acknowledge.
        assertThat(delta(before, after, "firebreak_incident_time_to_acknowledge_seconds_count",
                Map.of("source", "slash-command"))).isZero();
    }

    @Test
    void openIncidentsBySeverityComeFromTheDatabase() {
        Incident alert = incidents.declare(alertDeclaration());
        long openSev1 = incidents.openIncidents().stream().filter(c -> c.incident().severity() == Severity.SEV1).count();

        Eventually.await("open sev1 gauge at " + openSev1, () ->
                valueOrZero(scrape(), "firebreak_incidents_open", Map.of("severity", "sev1")) == openSev1);

        incidents.resolve(alert, "U0ONCALL", TimelineSource.SLASH_COMMAND);
        Eventually.await("open sev1 gauge at " + (openSev1 - 1), () ->
                valueOrZero(scrape(), "firebreak_incidents_open", Map.of("severity", "sev1")) == openSev1 - 1);
    }

    @Test
    void aStalledJobEngineShowsAsQueueDepthAndAge() {
        scheduler.pause();
        try {
            incidents.declare(alertDeclaration()); // its channel opening is a job, due now
            Eventually.await("a due job waiting", () -> {
                String s = scrape();
                return valueOrZero(s, "firebreak_jobs_queue_depth", Map.of()) >= 1
                        && valueOrZero(s, "firebreak_jobs_oldest_due_age_seconds", Map.of()) > 0;
            });
        } finally {
            scheduler.resume();
        }
        Eventually.await("the queue drained", () -> valueOrZero(scrape(), "firebreak_jobs_queue_depth", Map.of()) == 0
                && valueOrZero(scrape(), "firebreak_jobs_oldest_due_age_seconds", Map.of()) == 0);
    }

    private static Declaration alertDeclaration() {
        return DeclarationBuilder.fromAlert("DiskFull node-7", "alertmanager:" + UUID.randomUUID())
                .severity(Severity.SEV1).build();
    }

    private String scrape() {
        HttpResponse<String> response = get("/prometheus", null);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static double delta(String before, String after, String name, Map<String, String> labels) {
        return valueOrZero(after, name, labels) - valueOrZero(before, name, labels);
    }
}
