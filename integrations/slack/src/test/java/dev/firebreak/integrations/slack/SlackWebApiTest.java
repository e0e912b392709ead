package dev.firebreak.integrations.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Slack Web API wrapper against WireMock, through the real Slack SDK client. */
class SlackWebApiTest {
    private WireMockServer wireMock;
    private SlackWebApi api;
    private final List<String> calls = new ArrayList<>();

    @BeforeEach
    void start() {
        wireMock = new WireMockServer(options().dynamicPort());
        wireMock.start();
        SlackSettings settings =
                new SlackSettings("xoxb-test", "secret", wireMock.baseUrl() + "/api/", null, null, 5, 20, null);
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrlOrDefault());
        config.setStatsEnabled(false);
        api = new SlackWebApi(
                settings,
                Slack.getInstance(config),
                (vendor, method, outcome) -> calls.add(vendor + " " + method + " " + outcome));
    }

    @AfterEach
    void stop() {
        wireMock.stop();
    }

    @Test
    void rateLimitsAreWaitedOutAsRetryAfterSays() {
        wireMock.stubFor(post(urlPathEqualTo("/api/conversations.setTopic"))
                .inScenario("rl")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
                .willSetStateTo("ok"));
        wireMock.stubFor(post(urlPathEqualTo("/api/conversations.setTopic"))
                .inScenario("rl")
                .whenScenarioStateIs("ok")
                .willReturn(okJson("{\"ok\":true}")));

        long start = System.nanoTime();
        api.setTopic("C1", SlackText.trusted("topic"));

        assertTrue(System.nanoTime() - start >= 900_000_000L, "waited for Retry-After");
        wireMock.verify(
                2,
                postRequestedFor(urlPathEqualTo("/api/conversations.setTopic"))
                        .withHeader("Authorization", equalTo("Bearer xoxb-test")));
        assertEquals(List.of("Slack conversations.setTopic RETRIED"), calls);
    }

    @Test
    void okFalseBecomesANamedNonRetryableError() {
        wireMock.stubFor(post(urlPathEqualTo("/api/chat.postMessage"))
                .willReturn(okJson("{\"ok\":false,\"error\":\"channel_not_found\"}")));

        SlackApiError e =
                assertThrows(SlackApiError.class, () -> api.postMessage("C404", SlackText.trusted("hi"), null));

        assertEquals("chat.postMessage", e.method());
        assertEquals("channel_not_found", e.error());
        assertFalse(e.retryable());
        assertEquals(200, e.status());
        assertEquals(List.of("Slack chat.postMessage FAILED"), calls);
    }

    @Test
    void serverErrorsAreRetryable() {
        wireMock.stubFor(post(urlPathEqualTo("/api/chat.postMessage"))
                .willReturn(aResponse().withStatus(503)));

        SlackApiError e = assertThrows(SlackApiError.class, () -> api.postMessage("C1", SlackText.trusted("hi"), null));

        assertTrue(e.retryable());
        assertEquals("http_503", e.error());
        assertEquals(503, e.status());
    }

    /** Every {@code inc-x…} name is taken, up to {@code inc-x-<free>}, which Slack creates as channel {@code C<free>}. */
    private void incXTakenUntil(int free) {
        wireMock.stubFor(post(urlPathEqualTo("/api/conversations.create"))
                .atPriority(5)
                .willReturn(okJson("{\"ok\":false,\"error\":\"name_taken\"}")));
        wireMock.stubFor(post(urlPathEqualTo("/api/conversations.create"))
                .atPriority(1)
                .withRequestBody(containing("name=inc-x-" + free))
                .willReturn(okJson(
                        "{\"ok\":true,\"channel\":{\"id\":\"C" + free + "\",\"name\":\"inc-x-" + free + "\"}}")));
    }

    @Test
    void takenNamesGetSuffixes() {
        incXTakenUntil(3);

        SlackWebApi.Channel channel = api.createChannel("inc-x", false);

        assertEquals(new SlackWebApi.Channel("C3", "inc-x-3"), channel);
        wireMock.verify(3, postRequestedFor(urlPathEqualTo("/api/conversations.create")));
    }

    /** Slack created {@code inc-x} for us once, but the answer never got recorded (a crash): asked again, it is taken. */
    private void aChannelNamedIncXExists(String creator) {
        incXTakenUntil(2);
        wireMock.stubFor(
                post(urlPathEqualTo("/api/auth.test")).willReturn(okJson("{\"ok\":true,\"user_id\":\"U0BOT\"}")));
        wireMock.stubFor(post(urlPathEqualTo("/api/conversations.list"))
                .atPriority(5)
                .willReturn(okJson(
                        "{\"ok\":true,\"channels\":[{\"id\":\"C0OTHER\",\"name\":\"general\",\"creator\":\"U0BOT\"}],"
                                + "\"response_metadata\":{\"next_cursor\":\"page2\"}}")));
        wireMock.stubFor(post(urlPathEqualTo("/api/conversations.list"))
                .atPriority(1)
                .withRequestBody(containing("cursor=page2"))
                .willReturn(okJson("{\"ok\":true,\"channels\":[{\"id\":\"C1\",\"name\":\"inc-x\",\"creator\":\""
                        + creator + "\"}],\"response_metadata\":{\"next_cursor\":\"\"}}")));
    }

    @Test
    void aTakenNameWhoseChannelWeCreatedAndNobodyClaimedIsThatChannel() {
        aChannelNamedIncXExists("U0BOT");

        SlackWebApi.Channel channel = api.createChannel("inc-x", false, c -> true);

        assertEquals(new SlackWebApi.Channel("C1", "inc-x"), channel);
        wireMock.verify(1, postRequestedFor(urlPathEqualTo("/api/conversations.create")));
    }

    @Test
    void aTakenNameOfSomeoneElsesChannelGetsASuffix() {
        aChannelNamedIncXExists("U0SOMEONE");

        assertEquals(new SlackWebApi.Channel("C2", "inc-x-2"), api.createChannel("inc-x", false, c -> true));
    }

    @Test
    void aTakenNameOfOurChannelThatAnotherIncidentClaimedGetsASuffix() {
        aChannelNamedIncXExists("U0BOT");

        assertEquals(
                new SlackWebApi.Channel("C2", "inc-x-2"), api.createChannel("inc-x", false, c -> !c.id().equals("C1")));
    }

    @Test
    void whenSlackCannotSayWhoCreatedTheChannelTheNextNameIsUsed() {
        incXTakenUntil(2);
        wireMock.stubFor(post(urlPathEqualTo("/api/auth.test"))
                .willReturn(okJson("{\"ok\":false,\"error\":\"missing_scope\"}")));

        assertEquals(new SlackWebApi.Channel("C2", "inc-x-2"), api.createChannel("inc-x", false, c -> true));
    }

    @Test
    void channelCreationIsPacedAfterTheBurst() {
        wireMock.stubFor(post(urlPathEqualTo("/api/conversations.create"))
                .willReturn(okJson("{\"ok\":true,\"channel\":{\"id\":\"C1\",\"name\":\"inc\"}}")));
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(wireMock.baseUrl() + "/api/");
        config.setStatsEnabled(false);
        // A burst of 2, then one every 100 ms.
        SlackWebApi paced = new SlackWebApi(
                new SlackSettings("xoxb-test", null, wireMock.baseUrl() + "/api/", null, null, 2, 600, null),
                Slack.getInstance(config));

        long start = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            paced.createChannel("inc-" + i, false);
        }

        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        assertTrue(elapsedMs >= 250, "three paced calls wait about 100 ms each, took " + elapsedMs + " ms");
        wireMock.verify(5, postRequestedFor(urlPathEqualTo("/api/conversations.create")));
    }

    @Test
    void aCallerThatWouldWaitTooLongIsToldToRetryLater() {
        wireMock.stubFor(post(urlPathEqualTo("/api/conversations.create"))
                .willReturn(okJson("{\"ok\":true,\"channel\":{\"id\":\"C1\",\"name\":\"inc\"}}")));
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(wireMock.baseUrl() + "/api/");
        config.setStatsEnabled(false);
        // One slot a minute: the second call would wait far longer than a worker should block.
        SlackWebApi slow = new SlackWebApi(
                new SlackSettings("xoxb-test", null, wireMock.baseUrl() + "/api/", null, null, 1, 1, null),
                Slack.getInstance(config));
        slow.createChannel("inc-a", false);

        SlackApiError e = assertThrows(SlackApiError.class, () -> slow.createChannel("inc-b", false));

        assertEquals(SlackWebApi.PACED, e.error());
        assertTrue(e.retryable());
        wireMock.verify(1, postRequestedFor(urlPathEqualTo("/api/conversations.create")));
    }

    @Test
    void invitingSomeoneAlreadyThereIsFine() {
        wireMock.stubFor(post(urlPathEqualTo("/api/conversations.invite"))
                .willReturn(okJson("{\"ok\":false,\"error\":\"already_in_channel\"}")));

        api.invite("C1", List.of("U1"));
        api.invite("C1", List.of());

        wireMock.verify(1, postRequestedFor(urlPathEqualTo("/api/conversations.invite")));
    }

    @Test
    void withoutATokenNothingIsCalled() {
        SlackWebApi disabled = new SlackWebApi(
                new SlackSettings(null, null, wireMock.baseUrl() + "/api/", null, null, 5, 20, null),
                Slack.getInstance());

        SlackApiError e =
                assertThrows(SlackApiError.class, () -> disabled.postMessage("C1", SlackText.trusted("hi"), null));

        assertEquals("slack_not_configured", e.error());
        assertTrue(wireMock.getAllServeEvents().isEmpty());
    }
}
