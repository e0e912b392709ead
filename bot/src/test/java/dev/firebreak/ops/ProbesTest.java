package dev.firebreak.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.Severity;
import dev.firebreak.support.DeclarationBuilder;
import dev.firebreak.support.AppTestBase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Liveness is the process; readiness is the database and the job engine. Slack here is an address where nothing
 * listens, as in a Slack outage, and must change neither. Once shutdown starts, the replica is unready and its
 * webhooks answer 503.
 */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProbesTest extends AppTestBase {
    private static final String ALERTMANAGER_TOKEN = "am-probe-token";

    @Inject
    Scheduler scheduler;

    @Inject
    Draining draining;

    @Inject
    IncidentService incidents;

    @Override
    protected Map<String, String> extraProperties() {
        Map<String, String> p = new HashMap<>();
        p.put("firebreak.slack.api-url", "http://127.0.0.1:" + closedPort() + "/api/");
        p.put("firebreak.alertmanager.webhook-token", ALERTMANAGER_TOKEN);
        return p;
    }

    @Test
    @Order(1)
    void aDeadSlackLeavesFirebreakLiveAndReady() {
        // Work that needs Slack is queued and retried; the replica stays in service.
        incidents.declare(DeclarationBuilder.fromAlert("API errors", "alertmanager:probe").severity(Severity.SEV2).build());

        // Details are shown with the API token only; the status is what Kubernetes reads.
        assertThat(get("/health/readiness", null).body()).isEqualTo("{\"status\":\"UP\"}");
        HttpResponse<String> readiness = get("/health/readiness", API_TOKEN);
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"").contains("firebreak-database").contains("firebreak-jobs");
        HttpResponse<String> liveness = get("/health/liveness", API_TOKEN);
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).doesNotContain("firebreak-database").doesNotContain("firebreak-jobs");
    }

    @Test
    @Order(2)
    void aStoppedJobEngineMakesItUnreadyButStillLive() {
        scheduler.pause();
        try {
            assertThat(get("/health/readiness", null).statusCode()).isEqualTo(503);
            assertThat(get("/health/liveness", null).statusCode()).isEqualTo(200);
        } finally {
            scheduler.resume();
        }
        assertThat(get("/health/readiness", null).statusCode()).isEqualTo(200);
    }

    @Test
    @Order(3)
    void onceShutdownStartsWebhooksAnswer503AndTheReplicaIsUnready() {
        assertThat(alertmanager().statusCode()).isEqualTo(202);

        draining.begin();

        HttpResponse<String> refused = alertmanager();
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).contains("5");
        assertThat(get("/health/readiness", null).statusCode()).isEqualTo(503);
        assertThat(get("/health/liveness", null).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> alertmanager() {
        String body = "{\"version\":\"4\",\"groupKey\":\"{}:{alertname=\\\"Probe\\\"}\",\"status\":\"firing\",\"receiver\":\"firebreak\","
                + "\"groupLabels\":{\"alertname\":\"Probe\"},\"commonLabels\":{\"alertname\":\"Probe\",\"severity\":\"warning\"},"
                + "\"commonAnnotations\":{},\"externalURL\":\"http://alertmanager:9093\",\"truncatedAlerts\":0,"
                + "\"alerts\":[{\"status\":\"firing\",\"labels\":{\"alertname\":\"Probe\",\"severity\":\"warning\"},\"annotations\":{},"
                + "\"startsAt\":\"2026-12-07T09:00:00Z\",\"endsAt\":\"0001-01-01T00:00:00Z\",\"generatorURL\":\"http://prometheus\","
                + "\"fingerprint\":\"abc123\"}]}";
        return send(HttpRequest.newBuilder(uri("/webhooks/alertmanager")).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + ALERTMANAGER_TOKEN).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
