package dev.firebreak.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentRepository;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.incident.Severity;
import dev.firebreak.incident.TimelineEntry;
import dev.firebreak.incident.TimelineKind;
import dev.firebreak.support.AppTestBase;
import dev.firebreak.support.Eventually;
import dev.firebreak.support.SlackSigner;
import dev.firebreak.support.SlackStub;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class SlashCommandFlowTest extends AppTestBase {
    private static final String DECLARER = "U0DECLARER";
    private static final String FORM = "application/x-www-form-urlencoded";

    @Inject
    IncidentRepository incidents;

    @Inject
    IncidentService service;

    @BeforeEach
    void resetSlack() {
        slack.reset();
    }

    @Test
    void declareOpensAPinnedAnnouncedChannelAfterTheAck() {
        HttpResponse<String> ack = slashCommand("declare \"Checkout API returns 500s\" sev1", "CGENERAL1", DECLARER);

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.body()).contains("Declared incident #").contains("sev1");
        Incident incident = awaitChannel("Checkout API returns 500s");

        String today =
                DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC).format(Instant.now());
        assertThat(incident.channelName()).isEqualTo("inc-" + today + "-checkout-api-returns-500s");
        slack.awaitForm("conversations.create", f -> incident.channelName().equals(f.get("name")));
        assertThat(incident.severity()).isEqualTo(Severity.SEV1);
        assertThat(incident.status()).isEqualTo(IncidentStatus.INVESTIGATING);
        String channel = incident.channelId();
        assertThat(slack.awaitForm("conversations.setTopic", f -> channel.equals(f.get("channel"))))
                .hasEntrySatisfying("topic", t -> assertThat(t).contains("SEV1").contains("investigating"));
        assertThat(slack.awaitForm("conversations.invite", f -> channel.equals(f.get("channel"))))
                .containsEntry("users", DECLARER);
        Map<String, String> header =
                slack.awaitForm("chat.postMessage", f -> channel.equals(f.get("channel")) && f.get("blocks") != null);
        assertThat(SlackStub.unescapeJson(header.get("blocks")))
                .contains("\"type\":\"header\"")
                .contains("Checkout API returns 500s")
                .contains("incident_resolve")
                .contains("<@" + DECLARER + ">");
        slack.awaitForm("pins.add", f -> channel.equals(f.get("channel")));
        Eventually.await(
                "announcement", () -> postsTo(ANNOUNCE_CHANNEL).stream().anyMatch(t -> t.contains("Checkout API")));
        assertThat(kinds(incident)).containsExactly(TimelineKind.DECLARED, TimelineKind.CHANNEL_OPENED);
    }

    @Test
    void aTakenChannelNameGetsASuffix() {
        slack.server()
                .stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(
                                        "/api/conversations.create"))
                        .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.notContaining("db-7-2"))
                        .atPriority(1)
                        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(
                                "{\"ok\":false,\"error\":\"name_taken\"}")));

        slashCommand("declare Disk full on db-7", "CGENERAL1", DECLARER);

        Incident incident = awaitChannel("Disk full on db-7");
        List<String> names = slack.awaitCalls("conversations.create", 2).stream()
                .map(r -> form(r).get("name"))
                .collect(Collectors.toList());
        assertThat(names).hasSize(2);
        assertThat(names.get(1)).isEqualTo(names.get(0) + "-2").endsWith("disk-full-on-db-7-2");
        assertThat(incident.channelName()).isEqualTo(names.get(1));
    }

    @Test
    void aChannelSlackOpenedForUsWithoutOurLearningItIsUsedNotOpenedTwice() {
        // A crash between Slack's answer to conversations.create and recording it: asked again, the name is taken
        // by a channel Firebreak created and no incident has.
        slack.server()
                .stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(
                                        "/api/conversations.create"))
                        .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.notContaining(
                                "payments-api-timeouts-2"))
                        .atPriority(1)
                        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson(
                                "{\"ok\":false,\"error\":\"name_taken\"}")));
        slack.answer("auth.test", "{\"ok\":true,\"user_id\":\"U0FIREBREAK\"}");
        String name = "inc-"
                + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd")
                        .withZone(java.time.ZoneOffset.UTC)
                        .format(java.time.Instant.now())
                + "-payments-api-timeouts";
        slack.answer(
                "conversations.list",
                "{\"ok\":true,\"channels\":[{\"id\":\"C0LOST1\",\"name\":\"" + name
                        + "\",\"creator\":\"U0FIREBREAK\"}],\"response_metadata\":{\"next_cursor\":\"\"}}");

        slashCommand("declare Payments API timeouts", "CGENERAL1", DECLARER);

        Incident incident = awaitChannel("Payments API timeouts");
        assertThat(incident.channelId()).isEqualTo("C0LOST1");
        assertThat(incident.channelName()).isEqualTo(name);
        assertThat(slack.calls("conversations.create")).hasSize(1);

        // The same title again: that channel is now this incident's, so the next one gets a name of its own.
        slashCommand("declare Payments API timeouts", "CGENERAL1", DECLARER);
        Eventually.await(
                "second channel", () -> slack.calls("conversations.create").size() >= 3);
        assertThat(slack.calls("conversations.create").stream().map(r -> form(r).get("name")))
                .contains(name + "-2");
    }

    @Test
    void slackRateLimitIsWaitedOutAndTheChannelStillOpens() {
        slack.server()
                .stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                                com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(
                                        "/api/conversations.create"))
                        .inScenario("limited")
                        .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                                .withStatus(429)
                                .withHeader("Retry-After", "1"))
                        .willSetStateTo("open"));

        slashCommand("declare Rate limited declare", "CGENERAL1", DECLARER);

        awaitChannel("Rate limited declare");
        assertThat(slack.awaitCalls("conversations.create", 2)).hasSize(2);
    }

    @Test
    void aRefusalIsRecordedAndToldToTheDeclarer() {
        slack.fail("conversations.create", "restricted_action");

        slashCommand("declare Refused channel", "CGENERAL1", DECLARER);

        Incident incident = incidents.findAllOrderByCreatedAtDesc().get(0);
        Eventually.await("chat error recorded", () -> kinds(incident).contains(TimelineKind.CHAT_ERROR));
        Map<String, String> ephemeral =
                slack.awaitForm("chat.postEphemeral", f -> f.get("text").contains("restricted_action"));
        assertThat(ephemeral).containsEntry("user", DECLARER).containsEntry("channel", "CGENERAL1");
        assertThat(incidents.findById(incident.id()).orElseThrow().channelId()).isNull();
    }

    @Test
    void workingAnIncidentUpdatesHeaderTimelineAndAnnouncements() {
        slashCommand("declare Payments latency sev3", "CGENERAL1", DECLARER);
        Incident incident = awaitChannel("Payments latency");
        String channel = incident.channelId();

        assertThat(command("sev 2", channel, DECLARER)).contains("sev2");
        assertThat(command("status identified", channel, DECLARER)).contains("identified");
        assertThat(command("role comms <@U0COMMS|casey>", channel, DECLARER)).contains("<@U0COMMS> is now comms");
        assertThat(command("update Rolled back payments-api to v41", channel, DECLARER))
                .contains("Update posted");
        assertThat(command("note db failover finished", channel, "U0COMMS")).contains("Noted");
        assertThat(command("status", channel, DECLARER)).contains("sev2").contains("identified");

        Incident now = incidents.findById(incident.id()).orElseThrow();
        assertThat(now.severity()).isEqualTo(Severity.SEV2);
        assertThat(now.status()).isEqualTo(IncidentStatus.IDENTIFIED);
        assertThat(kinds(incident))
                .containsSubsequence(
                        TimelineKind.SEVERITY_CHANGED,
                        TimelineKind.STATUS_CHANGED,
                        TimelineKind.ROLE_ASSIGNED,
                        TimelineKind.STATUS_UPDATE,
                        TimelineKind.NOTE);

        Eventually.await(
                "header refreshed with comms",
                () -> slack.calls("chat.update").stream()
                        .anyMatch(r -> form(r).get("blocks").contains("U0COMMS")
                                && form(r).get("blocks").contains("identified")));
        Eventually.await(
                "comms invited",
                () -> slack.calls("conversations.invite").stream()
                        .anyMatch(r -> "U0COMMS".equals(form(r).get("users"))));
        Eventually.await(
                "update announced",
                () -> postsTo(ANNOUNCE_CHANNEL).stream().anyMatch(t -> t.contains("Rolled back payments-api")));
        Eventually.await(
                "update in channel",
                () -> postsTo(channel).stream().anyMatch(t -> t.contains("Rolled back payments-api")));

        String timeline = command("timeline", channel, DECLARER);
        assertThat(timeline)
                .contains("Declared sev3")
                .contains("Severity changed from sev3 to sev2")
                .contains("db failover finished");

        assertThat(command("resolve", channel, DECLARER)).contains("Resolved");
        assertThat(incidents.findById(incident.id()).orElseThrow().resolvedAt()).isNotNull();
        assertThat(command("sev 1", channel, DECLARER)).contains("already resolved");
    }

    @Test
    void secretsPastedIntoTheIncidentAreMaskedBeforeTheyAreStoredOrPosted() {
        slashCommand("declare Secrets pasted in chat", "CGENERAL1", DECLARER);
        Incident incident = awaitChannel("Secrets pasted in chat");
        String secret = "Sup3rS3cretValue42";

        command(
                "update retried with postgres://app:" + secret + "@db.internal:5432/pay",
                incident.channelId(),
                DECLARER);
        command("note the token was Authorization: Bearer abcdefghijklmnop" + secret, incident.channelId(), DECLARER);

        List<String> texts = service.timeline(incident.id()).stream()
                .map(TimelineEntry::text)
                .collect(Collectors.toList());
        assertThat(texts)
                .anyMatch(t -> t.contains("postgres://app:[REDACTED]@db.internal:5432/pay"))
                .noneMatch(t -> t.contains(secret));
        Eventually.await(
                "update announced", () -> postsTo(ANNOUNCE_CHANNEL).stream().anyMatch(t -> t.contains("retried with")));
        assertThat(slack.all()).noneMatch(r -> r.getBodyAsString().contains(secret));
    }

    @Test
    void commandsThatNeedAnIncidentExplainOutsideOne() {
        HttpResponse<String> r = slashCommand("sev 1", "CRANDOM01", DECLARER);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("not an incident channel");
    }

    @Test
    void unknownSubcommandsGetTheHelp() {
        assertThat(command("frobnicate", "CRANDOM01", DECLARER))
                .contains("Unknown command `frobnicate`")
                .contains("/incident declare");
        assertThat(command("", "CRANDOM01", DECLARER)).contains("/incident role");
    }

    @Test
    void badArgumentsGetAReasonAndChangeNothing() {
        int before = incidents.findAllOrderByCreatedAtDesc().size();

        assertThat(command("declare Broken sev9", "CGENERAL1", DECLARER)).contains("not a severity");
        assertThat(command("declare \"unterminated", "CGENERAL1", DECLARER)).contains("quote");

        assertThat(incidents.findAllOrderByCreatedAtDesc()).hasSize(before);
    }

    @Test
    void unsignedWronglySignedAndStaleRequestsAreRejected() {
        String body =
                dev.firebreak.support.SlackSamples.slashCommand("declare Should not exist", "CGENERAL1", DECLARER);
        long now = Instant.now().getEpochSecond();
        int before = incidents.findAllOrderByCreatedAtDesc().size();

        HttpResponse<String> unsigned = send(HttpRequest.newBuilder(uri("/slack/events"))
                .header("Content-Type", FORM)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        HttpResponse<String> wrongSecret = send(signed(body, now, SlackSigner.sign("not-the-secret", now, body)));
        HttpResponse<String> stale = send(signed(body, now - 600, SlackSigner.sign(SIGNING_SECRET, now - 600, body)));
        HttpResponse<String> tampered =
                send(signed(body.replace("Should", "Would"), now, SlackSigner.sign(SIGNING_SECRET, now, body)));

        assertThat(List.of(unsigned.statusCode(), wrongSecret.statusCode(), stale.statusCode(), tampered.statusCode()))
                .containsOnly(401);
        assertThat(incidents.findAllOrderByCreatedAtDesc()).hasSize(before);
        assertThat(slack.all()).noneMatch(r -> r.getBodyAsString().contains("should-not-exist"));
    }

    @Test
    void listShowsTheOpenIncidentsMostSevereFirstFromAnyChannel() {
        command("declare \"List: slow search\" sev3", "CGENERAL1", DECLARER);
        command("declare \"List: checkout down\" sev1", "CGENERAL1", DECLARER);
        command("declare \"List: already over\" sev1", "CGENERAL1", DECLARER);
        Incident over = awaitChannel("List: already over");
        assertThat(command("resolve", over.channelId(), DECLARER)).contains("Resolved");
        Incident checkout = awaitChannel("List: checkout down");

        String list = command("list", "CRANDOM01", "U0SOMEONE");

        assertThat(list)
                .startsWith("*Open incidents*")
                .doesNotContain("List: already over")
                .contains("*SEV1* #" + checkout.id() + " List: checkout down <#" + checkout.channelId()
                        + "> — investigating for ")
                .contains("commander <@" + DECLARER + ">");
        assertThat(list.indexOf("List: checkout down")).isLessThan(list.indexOf("List: slow search"));
    }

    @Test
    void urlVerificationIsAnswered() {
        HttpResponse<String> r = postSlack(
                "{\"token\":\"x\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\",\"type\":\"url_verification\"}",
                "application/json");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
    }

    private HttpRequest.Builder signed(String body, long ts, String signature) {
        return HttpRequest.newBuilder(uri("/slack/events"))
                .header("Content-Type", FORM)
                .header("X-Slack-Request-Timestamp", String.valueOf(ts))
                .header("X-Slack-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private Incident awaitChannel(String title) {
        Eventually.await(
                "channel of " + title,
                () -> incidents.findAllOrderByCreatedAtDesc().stream()
                        .anyMatch(i -> i.title().equals(title) && i.headerRef() != null));
        return incidents.findAllOrderByCreatedAtDesc().stream()
                .filter(i -> i.title().equals(title))
                .findFirst()
                .orElseThrow();
    }

    private List<TimelineKind> kinds(Incident incident) {
        return service.timeline(incident.id()).stream().map(TimelineEntry::kind).collect(Collectors.toList());
    }

    private List<String> postsTo(String channel) {
        return slack.calls("chat.postMessage").stream()
                .map(SlackStub::form)
                .filter(f -> channel.equals(f.get("channel")))
                .map(f -> f.get("text"))
                .collect(Collectors.toList());
    }

    private static Map<String, String> form(LoggedRequest r) {
        return SlackStub.form(r);
    }
}
