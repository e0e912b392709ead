package dev.firebreak.pagerduty;

import dev.firebreak.support.Hmac;
import dev.firebreak.testdata.TestData;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentRepository;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.incident.Severity;
import dev.firebreak.incident.TimelineEntry;
import dev.firebreak.incident.TimelineKind;
import dev.firebreak.support.AppTestBase;
import dev.firebreak.support.PagerDutyApiStub;
import dev.firebreak.support.Eventually;
import dev.firebreak.support.SlackSamples;
import dev.firebreak.support.SlackStub;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** PagerDuty V3 webhooks end to end, with PagerDuty's REST API and Slack on WireMock. */
@MicronautTest(transactional = false)
class PagerDutyWebhookTest extends AppTestBase {
    private static final Path SAMPLES = TestData.resolve("samples/pagerduty-webhooks-v3");
    private static final JsonObject VECTOR = JsonParser.parseString(read("signature_test_vector.json")).getAsJsonObject();
    private static final String SECRET = VECTOR.get("secret").getAsString();
    private static final String RESPONDER_EMAIL = "user123@example.com";
    private static final String SLACK_RESPONDER = "U0PAGED";

    private final PagerDutyApiStub pagerDuty = new PagerDutyApiStub();

    @Inject
    IncidentRepository incidents;

    @Inject
    IncidentService service;

    @Override
    protected Map<String, String> extraProperties() {
        return pagerDuty.properties(Map.of("firebreak.pagerduty.webhook-secret", SECRET));
    }

    @AfterAll
    void stopPagerDuty() {
        pagerDuty.stop();
    }

    @BeforeEach
    void stubs() {
        slack.reset();
        slack.answer("users.lookupByEmail", "{\"user\":{\"id\":\"" + SLACK_RESPONDER + "\"}}");
        pagerDuty.resetAll();
        pagerDuty.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/users/PTUXL6G")).willReturn(okJson(
                "{\"user\":{\"id\":\"PTUXL6G\",\"name\":\"User 123\",\"email\":\"" + RESPONDER_EMAIL + "\"}}")));
        pagerDuty.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathMatching("/incidents/.*/notes"))
                .willReturn(okJson("{\"notes\":[]}")));
        pagerDuty.stubFor(post(urlPathMatching("/incidents/.*/notes")).willReturn(okJson("{\"note\":{\"id\":\"N1\",\"content\":\"x\"}}")));
        pagerDuty.stubFor(put(urlPathMatching("/incidents/[^/]+")).willReturn(okJson("{\"incident\":{\"id\":\"X\",\"type\":\"incident\",\"status\":\"resolved\"}}")));
    }

    @Test
    void theOfficialSignatureVectorIsAcceptedAndBadSignaturesAreNot() {
        String body = read("signature_test_vector.body.json");

        assertThat(deliver(body, VECTOR.get("valid_signature").getAsString(), "w-vector").statusCode()).isEqualTo(202);
        assertThat(deliver(body, VECTOR.get("multi_signature_header_example").getAsString(), "w-vector").statusCode()).isEqualTo(202);
        assertThat(deliver(body, VECTOR.get("mismatching_signature").getAsString(), "w-vector").statusCode()).isEqualTo(401);
        assertThat(deliver(body, null, "w-vector").statusCode()).isEqualTo(400);
        assertThat(deliver(body, "v1=not-hex", "w-vector").statusCode()).isEqualTo(400);
        assertThat(deliver(body.replace("bump", "hole"), VECTOR.get("valid_signature").getAsString(), "w-vector").statusCode())
                .isEqualTo(401);
    }

    @Test
    void aTriggeredIncidentOpensAChannelWithItsRespondersAndLinksBack() {
        String pdId = "PTRIG" + shortId();

        assertThat(deliverSigned(event("incident.triggered", pdId), "w-" + pdId).statusCode()).isEqualTo(202);

        Incident incident = awaitIncident(pdId);
        assertThat(incident.title()).isEqualTo("[PD #2] A little bump in the road");
        assertThat(incident.severity()).isEqualTo(Severity.SEV1);
        assertThat(incident.externalUrl()).isEqualTo("https://acme.pagerduty.com/incidents/PGR0VU2");
        Eventually.await("channel open", () -> incidents.findById(incident.id()).orElseThrow().headerRef() != null);
        Eventually.await("responder invited", () -> slack.calls("conversations.invite").stream()
                .anyMatch(r -> SLACK_RESPONDER.equals(SlackStub.form(r).get("users"))));
        slack.awaitForm("users.lookupByEmail", f -> RESPONDER_EMAIL.equals(f.get("email")));
        Eventually.await("note with channel link", () -> !pagerDuty.findAll(postRequestedFor(urlPathEqualTo("/incidents/" + pdId + "/notes"))).isEmpty());
        pagerDuty.verify(postRequestedFor(urlPathEqualTo("/incidents/" + pdId + "/notes"))
                .withHeader("From", equalTo("firebreak@example.com"))
                .withHeader("Authorization", equalTo("Token token=pd-token"))
                .withRequestBody(matchingJsonPath("$.note.content", com.github.tomakehurst.wiremock.client.WireMock.containing("slack.com/app_redirect?channel="))));
        String channel = incidents.findById(incident.id()).orElseThrow().channelId();
        Eventually.await("header journaled", () -> slack.calls("chat.postMessage").stream().map(SlackStub::form)
                .anyMatch(f -> channel.equals(f.get("channel")) && f.get("blocks") != null));
        String header = slack.calls("chat.postMessage").stream().map(SlackStub::form)
                .filter(f -> channel.equals(f.get("channel")) && f.get("blocks") != null).findFirst().orElseThrow().get("blocks");
        assertThat(SlackStub.unescapeJson(header)).contains("https://acme.pagerduty.com/incidents/PGR0VU2");
    }

    @Test
    void retriedAndConcurrentDeliveriesMakeOneIncidentAndOneChannel() throws Exception {
        String pdId = "PDUP" + shortId();
        String body = event("incident.triggered", pdId);

        List<CompletableFuture<HttpResponse<String>>> sends = IntStream.range(0, 5)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> deliverSigned(body, "w-" + pdId))).collect(Collectors.toList());
        for (CompletableFuture<HttpResponse<String>> s : sends) {
            assertThat(s.get().statusCode()).isEqualTo(202);
        }

        Incident incident = awaitIncident(pdId);
        Eventually.await("channel open", () -> incidents.findById(incident.id()).orElseThrow().headerRef() != null);
        assertThat(incidents.findAllOrderByCreatedAtDesc().stream().filter(i -> (Incident.PAGER_KEY_PREFIX + pdId).equals(i.externalKey())))
                .hasSize(1);
        assertThat(slack.awaitCalls("conversations.create", 1)).hasSize(1);
    }

    @Test
    void lifecycleEventsLandInTheTimelineAndAResolveFromPagerDutyIsNotEchoed() {
        String pdId = "PLIFE" + shortId();
        deliverSigned(event("incident.triggered", pdId), "w-1-" + pdId);
        Incident incident = awaitIncident(pdId);
        Eventually.await("channel open", () -> incidents.findById(incident.id()).orElseThrow().headerRef() != null);

        deliverSigned(event("incident.acknowledged", pdId), "w-2-" + pdId);
        deliverSigned(event("incident.resolved", pdId), "w-3-" + pdId);

        Eventually.await("resolved here", () -> incidents.findById(incident.id()).orElseThrow().status() == IncidentStatus.RESOLVED);
        assertThat(texts(incident, TimelineKind.PAGER_EVENT)).contains("Acknowledged in PagerDuty by Tenex Engineer",
                "Resolved in PagerDuty by Tenex Engineer");
        Eventually.await("told in channel", () -> slack.calls("chat.postMessage").stream().map(SlackStub::form)
                .anyMatch(f -> f.get("text").contains("Acknowledged in PagerDuty")));
        // Give a would-be echo the time to happen, then check it did not.
        Eventually.await("resolve message posted", () -> slack.calls("chat.postMessage").stream().map(SlackStub::form)
                .anyMatch(f -> f.get("text").contains("resolved after")));
        assertThat(pagerDuty.findAll(putRequestedFor(urlPathEqualTo("/incidents/" + pdId)))).isEmpty();
    }

    @Test
    void resolvingInSlackResolvesInPagerDuty() {
        String pdId = "PRES" + shortId();
        deliverSigned(event("incident.triggered", pdId), "w-" + pdId);
        Incident incident = awaitIncident(pdId);
        Eventually.await("channel open", () -> incidents.findById(incident.id()).orElseThrow().headerRef() != null);
        String channel = incidents.findById(incident.id()).orElseThrow().channelId();

        // The paged responder may resolve it; resolving here resolves the page too, so it is confirmed first.
        Eventually.await("paged responder recorded", () -> service.participants(incident.id()).stream()
                .anyMatch(p -> SLACK_RESPONDER.equals(p.userId())));
        command("resolve", channel, SLACK_RESPONDER);
        slack.awaitForm("chat.postEphemeral", f -> f.get("text").contains("resolves its PagerDuty incident too"));
        postSlack(SlackSamples.interactive(SlackSamples.buttonClick("incident_resolve", String.valueOf(incident.id()), channel,
                SLACK_RESPONDER)), "application/x-www-form-urlencoded");
        assertThat(incidents.findById(incident.id()).orElseThrow().status()).isEqualTo(IncidentStatus.RESOLVED);

        Eventually.await("PagerDuty resolved", () -> !pagerDuty.findAll(putRequestedFor(urlPathEqualTo("/incidents/" + pdId))).isEmpty());
        pagerDuty.verify(putRequestedFor(urlPathEqualTo("/incidents/" + pdId))
                .withHeader("From", equalTo("firebreak@example.com"))
                .withRequestBody(matchingJsonPath("$.incident.status", equalTo("resolved"))));
    }

    @Test
    void pagingAPersonSendsAResponderRequest() {
        String pdId = "PPAGE" + shortId();
        deliverSigned(event("incident.triggered", pdId), "w-" + pdId);
        Incident incident = awaitIncident(pdId);
        Eventually.await("channel open", () -> incidents.findById(incident.id()).orElseThrow().headerRef() != null);
        String channel = incidents.findById(incident.id()).orElseThrow().channelId();
        slack.server().stubFor(post(urlPathEqualTo("/api/users.info")).willReturn(okJson("{\"ok\":true,\"user\":{\"id\":\"U\",\"profile\":"
                + "{\"email\":\"{{formData request.body 'f' urlDecode=true}}{{f.user}}@example.com\"}}}").withTransformers("response-template")));
        pagerDuty.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/users")).willReturn(okJson("{\"users\":[{\"id\":\"PREQ\",\"email\":\"U0IC@example.com\"},"
                + "{\"id\":\"PDBA\",\"email\":\"U0DBA@example.com\"}],\"more\":false}")));
        pagerDuty.stubFor(post(urlPathEqualTo("/incidents/" + pdId + "/responder_requests")).willReturn(okJson("{\"responder_request\":{}}")));

        service.addResponders(incident.id(), List.of("U0IC"));
        assertThat(command("page <@U0DBA|dba>", channel, "U0IC")).contains("Paging <@U0DBA>");

        Eventually.await("responder request", () -> !pagerDuty.findAll(postRequestedFor(urlPathEqualTo("/incidents/" + pdId + "/responder_requests"))).isEmpty());
        pagerDuty.verify(postRequestedFor(urlPathEqualTo("/incidents/" + pdId + "/responder_requests"))
                .withRequestBody(matchingJsonPath("$.requester_id", equalTo("PREQ")))
                .withRequestBody(matchingJsonPath("$.responder_request_targets[0].responder_request_target.id", equalTo("PDBA"))));
        Eventually.await("paging recorded", () -> texts(incident, TimelineKind.PAGER_EVENT).stream().anyMatch(t -> t.startsWith("Paged <@U0DBA>")));
    }

    @Test
    void pagingOutsideAPagerDutyIncidentIsRefused() {
        command("declare Not from PagerDuty", "CGENERAL1", "U0IC");
        Eventually.await("channel", () -> incidents.findAllOrderByCreatedAtDesc().stream()
                .anyMatch(i -> i.title().equals("Not from PagerDuty") && i.channelId() != null));
        String channel = incidents.findAllOrderByCreatedAtDesc().stream().filter(i -> i.title().equals("Not from PagerDuty"))
                .findFirst().orElseThrow().channelId();

        assertThat(command("page Database on-call", channel, "U0IC")).contains("did not come from PagerDuty");
    }

    @Test
    void malformedAndUnknownEventsAreAnsweredClearly() {
        HttpResponse<String> malformed = deliverSigned("{\"event\": {", "w-bad");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("Not a PagerDuty V3 webhook");

        String service = read("docs_example_service_updated.json");
        assertThat(deliverSigned(service, "w-service").statusCode()).isEqualTo(202);
    }

    private String event(String type, String pdId) {
        JsonObject body = JsonParser.parseString(read("docs_example_incident_priority_updated.json")).getAsJsonObject();
        JsonObject event = body.getAsJsonObject("event");
        event.addProperty("event_type", type);
        event.addProperty("id", UUID.randomUUID().toString());
        event.getAsJsonObject("data").addProperty("id", pdId);
        return body.toString();
    }

    private HttpResponse<String> deliverSigned(String body, String webhookId) {
        return deliver(body, "v1=" + hmac(body), webhookId);
    }

    private HttpResponse<String> deliver(String body, String signature, String webhookId) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri("/webhooks/pagerduty"))
                .header("Content-Type", "application/json")
                .header("X-Webhook-Id", webhookId)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            b.header("X-PagerDuty-Signature", signature);
        }
        return send(b);
    }

    private Incident awaitIncident(String pdId) {
        String key = Incident.PAGER_KEY_PREFIX + pdId;
        Eventually.await("incident for " + pdId, () -> incidents.findByExternalKey(key).isPresent());
        return incidents.findByExternalKey(key).orElseThrow();
    }

    private List<String> texts(Incident incident, TimelineKind kind) {
        return service.timeline(incident.id()).stream().filter(e -> e.kind() == kind).map(TimelineEntry::text)
                .collect(Collectors.toList());
    }

    private static String hmac(String body) {
        return Hmac.sha256Hex(SECRET, body);
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    private static String read(String name) {
        try {
            return Files.readString(SAMPLES.resolve(name));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
