package dev.firebreak.alertmanager;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.firebreak.inbound.InboundEventRepository;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentRepository;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.incident.Severity;
import dev.firebreak.incident.TimelineEntry;
import dev.firebreak.incident.TimelineKind;
import dev.firebreak.incident.TimelineSource;
import dev.firebreak.support.AppTestBase;
import dev.firebreak.support.Eventually;
import dev.firebreak.support.JobQueue;
import dev.firebreak.support.SlackStub;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class AlertmanagerWebhookTest extends AppTestBase {
    static final String TOKEN = "am-webhook-token";

    @Inject
    javax.sql.DataSource dataSource;

    @Inject
    IncidentRepository incidents;

    @Inject
    IncidentService service;

    @Inject
    InboundEventRepository inbound;

    @Override
    protected Map<String, String> extraProperties() {
        // Every incident invites the on-call person and the SRE user group; the payments namespace its own team too.
        return Map.of("firebreak.alertmanager.webhook-token", TOKEN,
                "firebreak.alertmanager.responders", "U0ONCALL1, S0SRETEAM",
                "firebreak.alertmanager.team-label", "namespace",
                "firebreak.alertmanager.team-responders.payments", "U0PAYMENTS");
    }

    @BeforeEach
    void resetSlack() {
        slack.reset();
    }

    @Test
    void aFiringGroupOpensOneIncidentWithItsLabelsAndAlerts() throws InterruptedException {
        slack.answer("usergroups.users.list", "{\"users\":[\"U0SRE1\",\"U0SRE2\"]}");
        HttpResponse<String> r = deliver(AlertmanagerSamples.read(AlertmanagerSamples.FIRING), TOKEN);

        assertThat(r.statusCode()).isEqualTo(202);
        Incident incident = awaitIncident("KubePodCrashLooping (namespace=payments)");
        assertThat(incident.severity()).isEqualTo(Severity.SEV1);
        assertThat(incident.source()).isEqualTo("alertmanager");
        assertThat(incident.description()).contains("CrashLoopBackOff");
        assertThat(service.labels(incident.id())).containsEntry("namespace", "payments")
                .containsEntry("cluster", "prod-eu-1").containsEntry("container", "api");
        Eventually.await("alerts in timeline", () -> count(incident, TimelineKind.ALERT_FIRING) == 2);
        assertThat(texts(incident, TimelineKind.ALERT_FIRING)).containsExactlyInAnyOrder(
                "Firing: KubePodCrashLooping [pod=payment-api-7d9c8b6f5-x2k4q] — Pod is crash looping.",
                "Firing: KubePodCrashLooping [pod=payment-api-7d9c8b6f5-9mzpl] — Pod is crash looping.");
        Eventually.await("channel opened", () -> incidents.findById(incident.id()).orElseThrow().headerRef() != null);
        Eventually.await("alerts posted", () -> slack.calls("chat.postMessage").stream()
                .map(SlackStub::form).anyMatch(f -> f.get("text").contains("payment-api-7d9c8b6f5-x2k4q")));
        String channel = incidents.findById(incident.id()).orElseThrow().channelId();
        Map<String, String> invite = slack.awaitForm("conversations.invite", f -> channel.equals(f.get("channel")));
        assertThat(invite.get("users").split(",")).containsExactlyInAnyOrder("U0ONCALL1", "U0SRE1", "U0SRE2", "U0PAYMENTS");
        assertThat(slack.awaitForm("usergroups.users.list", f -> true)).containsEntry("usergroup", "S0SRETEAM");
        Eventually.await("invite recorded", () -> count(incident, TimelineKind.RESPONDERS_INVITED) == 1);
        // No cluster is configured here: an automatic summary would have nothing to say, so none is posted.
        JobQueue.awaitDrained(dataSource);
        assertThat(slack.calls("chat.postMessage").stream().map(SlackStub::form)
                .filter(f -> channel.equals(f.get("channel")) && f.get("blocks") != null && f.get("blocks").contains("Summary of"))).isEmpty();
        assertThat(count(incident, TimelineKind.SUMMARY)).isZero();
        assertThat(texts(incident, TimelineKind.RESPONDERS_INVITED))
                .containsExactly("Invited responders: <@U0ONCALL1>, <!subteam^S0SRETEAM>, <@U0PAYMENTS>");
    }

    @Test
    void retriedAndConcurrentDeliveriesHaveOneEffect() throws Exception {
        String body = AlertmanagerSamples.storm(99, 0);

        List<CompletableFuture<HttpResponse<String>>> sends = IntStream.range(0, 6)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> deliver(body, TOKEN))).collect(Collectors.toList());
        for (CompletableFuture<HttpResponse<String>> s : sends) {
            assertThat(s.get().statusCode()).isEqualTo(202);
        }
        deliver(body, TOKEN);

        Incident incident = awaitIncident("StormAlert (service=svc-99)");
        Eventually.await("channel opened", () -> incidents.findById(incident.id()).orElseThrow().headerRef() != null);
        assertThat(incidents.findAllOrderByCreatedAtDesc().stream().filter(i -> i.title().equals(incident.title()))).hasSize(1);
        assertThat(count(incident, TimelineKind.ALERT_FIRING)).isEqualTo(1);
        assertThat(slack.awaitCalls("conversations.create", 1).stream().map(SlackStub::form)
                .filter(f -> f.get("name").endsWith("svc-99"))).hasSize(1);
    }

    @Test
    void laterNotificationsAddToTheSameIncidentAndResolvedAlertsAreRecorded() {
        deliver(AlertmanagerSamples.read(AlertmanagerSamples.FIRING_LEGACY), TOKEN);
        Incident incident = awaitIncident("KubePodCrashLooping (namespace=payments)");
        deliver(AlertmanagerSamples.read(AlertmanagerSamples.RESOLVED), TOKEN);

        Eventually.await("resolved alerts recorded", () -> count(incident, TimelineKind.ALERT_RESOLVED) == 2);
        assertThat(incidents.findAllOrderByCreatedAtDesc().stream().filter(i -> i.title().equals(incident.title()))).hasSize(1);
        // Auto-resolve is off unless configured.
        assertThat(incidents.findById(incident.id()).orElseThrow().status()).isEqualTo(IncidentStatus.INVESTIGATING);
    }

    @Test
    void aGroupThatFiresAgainAfterItsIncidentWasResolvedOpensANewOne() {
        String title = "StormAlert (service=svc-55)";
        deliver(AlertmanagerSamples.storm(55, 0), TOKEN);
        Incident first = awaitIncident(title);
        Eventually.await("channel opened", () -> incidents.findById(first.id()).orElseThrow().headerRef() != null);
        service.resolve(incidents.findById(first.id()).orElseThrow(), "U0ONCALL1", TimelineSource.SLASH_COMMAND);

        // Alertmanager repeats the alert that kept firing while people closed the incident: no new incident.
        deliver(differentBytes(AlertmanagerSamples.storm(55, 0)), TOKEN);
        Eventually.await("repeat handled", () -> inbound.findByProcessedAtIsNull().isEmpty());
        assertThat(withTitle(title)).hasSize(1);

        // A new alert of the group, started after the resolution: the problem is back.
        deliver(startingAt(AlertmanagerSamples.storm(55, 1), Instant.now().plusSeconds(5)), TOKEN);
        Eventually.await("second incident", () -> withTitle(title).size() == 2);
        Incident second = withTitle(title).stream().filter(i -> !i.id().equals(first.id())).findFirst().orElseThrow();
        assertThat(second.status().isOpen()).isTrue();
        assertThat(second.externalKey()).isEqualTo(first.externalKey() + "#2");
        Eventually.await("follows the first", () -> texts(second, TimelineKind.NOTE).stream()
                .anyMatch(t -> t.startsWith("Fired again after incident #" + first.id() + " was resolved at ")));
        String oldChannel = incidents.findById(first.id()).orElseThrow().channelId();
        slack.awaitForm("chat.postMessage", f -> oldChannel.equals(f.get("channel"))
                && f.get("text").contains("fired again after this incident was resolved: incident #" + second.id()));
        Eventually.await("alert recorded on the new incident", () -> count(second, TimelineKind.ALERT_FIRING) == 1);
        assertThat(texts(second, TimelineKind.ALERT_FIRING)).singleElement().asString().contains("pod-55-1");
        assertThat(count(incidents.findById(first.id()).orElseThrow(), TimelineKind.ALERT_FIRING)).isEqualTo(1);

        // Later alerts of the group join the open incident.
        deliver(startingAt(AlertmanagerSamples.storm(55, 2), Instant.now().plusSeconds(10)), TOKEN);
        Eventually.await("third alert on the new incident", () -> count(second, TimelineKind.ALERT_FIRING) == 2);
        assertThat(withTitle(title)).hasSize(2);
    }

    @Test
    void theAnswerDoesNotWaitForASlowOrFailingSlack() {
        // Slack first fails, then answers slower than PagerDuty's and Alertmanager's patience.
        slack.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/api/conversations.create"))
                .inScenario("slow").whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(503))
                .willSetStateTo("slow"));
        slack.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                        com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/api/conversations.create"))
                .inScenario("slow").whenScenarioStateIs("slow")
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(
                        "{\"ok\":true,\"channel\":{\"id\":\"CSLOW0001\",\"name\":\"inc-slow\"}}").withFixedDelay(6_000)));

        HttpResponse<String> r = deliver(AlertmanagerSamples.storm(77, 0), TOKEN);

        assertThat(r.statusCode()).isEqualTo(202);
        Incident incident = awaitIncident("StormAlert (service=svc-77)");
        assertThat(incident.channelId()).as("answered before Slack was done").isNull();
        Eventually.await("channel opened once Slack answered", java.time.Duration.ofSeconds(30),
                () -> incidents.findById(incident.id()).orElseThrow().headerRef() != null);
        assertThat(incidents.findById(incident.id()).orElseThrow().channelId()).isEqualTo("CSLOW0001");
    }

    @Test
    void withoutTheTokenNothingIsAccepted() {
        long before = inbound.countBySource("alertmanager");
        String body = AlertmanagerSamples.read(AlertmanagerSamples.FIRING);

        assertThat(deliver(body, null).statusCode()).isEqualTo(401);
        assertThat(deliver(body, "wrong").statusCode()).isEqualTo(401);

        assertThat(inbound.countBySource("alertmanager")).isEqualTo(before);
    }

    @Test
    void malformedBodiesGetAReason() {
        HttpResponse<String> notJson = deliver("{\"alerts\": [", TOKEN);
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).contains("Not an Alertmanager webhook body");

        JsonObject noGroup = JsonParser.parseString(AlertmanagerSamples.read(AlertmanagerSamples.FIRING)).getAsJsonObject();
        noGroup.remove("groupKey");
        HttpResponse<String> missing = deliver(noGroup.toString(), TOKEN);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("groupKey is missing");

        assertThat(deliver("{\"groupKey\":\"g\",\"alerts\":[{\"status\":\"exploded\"}]}", TOKEN).body())
                .contains("firing or resolved");
    }

    @Test
    void bodiesOverOneMebibyteAreRefused() {
        String huge = "{\"groupKey\":\"" + "x".repeat(1_100_000) + "\",\"alerts\":[]}";

        assertThat(deliver(huge, TOKEN).statusCode()).isEqualTo(413);
    }

    private HttpResponse<String> deliver(String body, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri("/webhooks/alertmanager"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b);
    }

    private Incident awaitIncident(String title) {
        Eventually.await("incident " + title, () -> incidents.findAllOrderByCreatedAtDesc().stream().anyMatch(i -> i.title().equals(title)));
        return incidents.findAllOrderByCreatedAtDesc().stream().filter(i -> i.title().equals(title)).findFirst().orElseThrow();
    }

    private List<Incident> withTitle(String title) {
        return incidents.findAllOrderByCreatedAtDesc().stream().filter(i -> i.title().equals(title)).collect(Collectors.toList());
    }

    private static String startingAt(String body, Instant startsAt) {
        JsonObject json = JsonParser.parseString(body).getAsJsonObject();
        json.getAsJsonArray("alerts").get(0).getAsJsonObject().addProperty("startsAt", startsAt.toString());
        return json.toString();
    }

    private static String differentBytes(String body) {
        JsonObject json = JsonParser.parseString(body).getAsJsonObject();
        json.addProperty("truncatedAlerts", 0);
        return json.toString();
    }

    private long count(Incident incident, TimelineKind kind) {
        return service.timeline(incident.id()).stream().filter(e -> e.kind() == kind).count();
    }

    private List<String> texts(Incident incident, TimelineKind kind) {
        return service.timeline(incident.id()).stream().filter(e -> e.kind() == kind).map(TimelineEntry::text)
                .collect(Collectors.toList());
    }
}
