package dev.firebreak.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.diagnostics.MockKubernetes;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentRepository;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.Severity;
import dev.firebreak.support.DeclarationBuilder;
import dev.firebreak.support.AppTestBase;
import dev.firebreak.support.Eventually;
import dev.firebreak.support.SlackStub;
import dev.firebreak.testdata.TestData;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import io.fabric8.mockwebserver.http.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * FIREBREAK_NAMESPACES through the whole app: a summary asked for, and one an alert starts by itself, of a namespace
 * outside the list are refused naming the allowed set, and the cluster never hears about that namespace.
 */
@MicronautTest(transactional = false)
class NamespaceRefusalFlowTest extends AppTestBase {
    private static final String ALERTMANAGER_TOKEN = "am-token";

    @Inject
    IncidentService incidents;

    @Inject
    IncidentRepository incidentRepository;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of(MockKubernetes.ENABLED, "true", "firebreak.kubernetes.namespaces", "shop, team-*",
                "firebreak.alertmanager.webhook-token", ALERTMANAGER_TOKEN);
    }

    @BeforeEach
    void forgetEarlierRequests() throws InterruptedException {
        dev.firebreak.diagnostics.FailingWorkloadsAccess.seed();
        recordedPaths();
    }

    @Test
    void anAskedForSummaryOfAnotherNamespaceIsRefused() throws InterruptedException {
        Incident incident = incidents.declare(DeclarationBuilder.byPerson("Payments API down", "U0IC").severity(Severity.SEV1).build());
        Eventually.await("channel", () -> incidentRepository.findById(incident.id()).orElseThrow().headerRef() != null);
        String channel = incidentRepository.findById(incident.id()).orElseThrow().channelId();

        command("summarize payments/payment-api", channel, "U0IC");

        Map<String, String> posted = slack.awaitForm("chat.postMessage", f -> channel.equals(f.get("channel"))
                && f.get("blocks") != null && f.get("blocks").contains("Summary of payments/payment-api"));
        assertThat(SlackStub.unescapeJson(posted.get("blocks"))).contains("not allowed").contains("allows: shop, team-*");
        assertThat(recordedPaths()).noneMatch(p -> p.contains("/namespaces/payments"));
    }

    @Test
    void anAutomaticSummaryOfAnotherNamespaceIsRefused() throws Exception {
        String firing = Files.readString(TestData.resolve("samples/alertmanager/sample_v4_firing.constructed.json"));
        send(HttpRequest.newBuilder(uri("/webhooks/alertmanager")).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + ALERTMANAGER_TOKEN).POST(HttpRequest.BodyPublishers.ofString(firing)));

        Eventually.await("incident from the alert", () -> incidentRepository.findAllOrderByCreatedAtDesc().stream()
                .anyMatch(i -> "alertmanager".equals(i.source()) && i.channelId() != null));
        String alertChannel = incidentRepository.findAllOrderByCreatedAtDesc().stream()
                .filter(i -> "alertmanager".equals(i.source())).findFirst().orElseThrow().channelId();
        Map<String, String> posted = slack.awaitForm("chat.postMessage", f -> alertChannel.equals(f.get("channel"))
                && f.get("blocks") != null && f.get("blocks").contains("Summary of payments"));
        assertThat(SlackStub.unescapeJson(posted.get("blocks"))).contains("allows: shop, team-*");
        assertThat(recordedPaths()).noneMatch(p -> p.contains("/namespaces/payments"));
    }

    /** What the mock API server was asked since the last call. */
    private static List<String> recordedPaths() throws InterruptedException {
        List<String> paths = new ArrayList<>();
        for (RecordedRequest r = MockKubernetes.server().takeRequest(50, TimeUnit.MILLISECONDS); r != null;
                r = MockKubernetes.server().takeRequest(50, TimeUnit.MILLISECONDS)) {
            paths.add(r.getPath());
        }
        return paths;
    }
}
