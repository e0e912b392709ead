package dev.firebreak.integrations.pagerduty;

import dev.firebreak.integrations.http.Backoff;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.micronaut.serde.ObjectMapper;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Retries, backoff and how failures reach the caller. */
class PagerDutyClientRetryTest extends PagerDutyWireMockTest {
    private static final String USER = "{\"user\":{\"id\":\"PU1\",\"name\":\"Ada\",\"email\":\"ada@example.com\"}}";

    /** GET /users/PU1 answers each of {@code answers} once, in order. */
    private void stubSequence(ResponseDefinitionBuilder... answers) {
        String state = Scenario.STARTED;
        for (int i = 0; i < answers.length; i++) {
            String next = "answer-" + (i + 1);
            wireMock.stubFor(get("/users/PU1").inScenario("sequence").whenScenarioStateIs(state)
                    .willReturn(answers[i]).willSetStateTo(next));
            state = next;
        }
    }

    @Test
    void rateLimitWaitsAsRetryAfterSays() {
        stubSequence(aResponse().withStatus(429).withHeader("Retry-After", "2")
                        .withBody("{\"error\":{\"message\":\"Rate Limit Exceeded\",\"code\":2020}}"),
                okJson(USER));

        assertEquals("PU1", client.getUser("PU1").id());

        assertEquals(List.of(Duration.ofSeconds(2)), sleeps);
        wireMock.verify(2, getRequestedFor(urlPathEqualTo("/users/PU1")));
    }

    @Test
    void retryAfterIsCapped() {
        stubSequence(aResponse().withStatus(429).withHeader("Retry-After", "3600"), okJson(USER));

        client.getUser("PU1");

        assertEquals(List.of(Duration.ofSeconds(30)), sleeps);
    }

    @Test
    void serverErrorsBackOffExponentiallyThenSucceed() {
        stubSequence(aResponse().withStatus(500), aResponse().withStatus(502), okJson(USER));

        assertEquals("Ada", client.getUser("PU1").name());

        wireMock.verify(3, getRequestedFor(urlPathEqualTo("/users/PU1")));
        assertEquals(2, sleeps.size());
        assertBetween(Duration.ofMillis(100), sleeps.get(0), Duration.ofMillis(200));
        assertBetween(Duration.ofMillis(200), sleeps.get(1), Duration.ofMillis(400));
    }

    @Test
    void connectionResetIsRetried() {
        stubSequence(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), okJson(USER));

        assertEquals("PU1", client.getUser("PU1").id());

        wireMock.verify(2, getRequestedFor(urlPathEqualTo("/users/PU1")));
        assertEquals(1, sleeps.size());
    }

    @Test
    void exhaustedRetriesAreRetryableForTheCaller() {
        wireMock.stubFor(get("/users/PU1").willReturn(aResponse().withStatus(503).withBody("<html>upstream down</html>")));

        PagerDutyException e = assertThrows(PagerDutyException.class, () -> client.getUser("PU1"));

        assertEquals(503, e.status());
        assertTrue(e.retryable());
        assertTrue(e.getMessage().contains("upstream down"), e.getMessage());
        wireMock.verify(ATTEMPTS, getRequestedFor(urlPathEqualTo("/users/PU1")));
        assertEquals(ATTEMPTS - 1, sleeps.size());
    }

    @Test
    void exhaustedIoErrorsHaveNoStatus() {
        wireMock.stubFor(get("/users/PU1").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        PagerDutyException e = assertThrows(PagerDutyException.class, () -> client.getUser("PU1"));

        assertEquals(0, e.status());
        assertTrue(e.retryable());
        wireMock.verify(ATTEMPTS, getRequestedFor(urlPathEqualTo("/users/PU1")));
    }

    @Test
    void notFoundCarriesPagerDutysMessageAndIsNotRetried() {
        wireMock.stubFor(get("/users/PU1").willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"Not Found\",\"code\":2100}}")));

        PagerDutyException e = assertThrows(PagerDutyException.class, () -> client.getUser("PU1"));

        assertEquals(404, e.status());
        assertFalse(e.retryable());
        assertEquals("PagerDuty GET /users/PU1 failed: HTTP 404: Not Found (code 2100)", e.getMessage());
        wireMock.verify(1, getRequestedFor(urlPathEqualTo("/users/PU1")));
        assertTrue(sleeps.isEmpty());
    }

    @Test
    void validationErrorsListPagerDutysDetails() {
        wireMock.stubFor(get("/incidents/Q1/notes").willReturn(okJson("{\"notes\":[]}")));
        wireMock.stubFor(post("/incidents/Q1/notes").willReturn(aResponse().withStatus(400).withBody(
                "{\"error\":{\"message\":\"Invalid Input Provided\",\"code\":2001,\"errors\":[\"Content is too long\"]}}")));

        PagerDutyException e = assertThrows(PagerDutyException.class, () -> client.addNote("Q1", "x"));

        assertEquals(400, e.status());
        assertFalse(e.retryable());
        assertTrue(e.getMessage().endsWith("Invalid Input Provided (code 2001): Content is too long"), e.getMessage());
    }

    @Test
    void aNoteWhoseAnswerWasLostButLandedIsNotSentAgain() {
        wireMock.stubFor(get("/incidents/Q1/notes").inScenario("lost").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"notes\":[]}")));
        wireMock.stubFor(post("/incidents/Q1/notes").inScenario("lost").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("stored"));
        wireMock.stubFor(get("/incidents/Q1/notes").inScenario("lost").whenScenarioStateIs("stored")
                .willReturn(okJson("{\"notes\":[{\"id\":\"PN9\",\"content\":\"Channel: #inc-1\"}]}")));

        assertEquals("PN9", client.addNote("Q1", "Channel: #inc-1"));

        wireMock.verify(1, postRequestedFor(urlPathEqualTo("/incidents/Q1/notes")));
        wireMock.verify(2, getRequestedFor(urlPathEqualTo("/incidents/Q1/notes")));
    }

    @Test
    void aNoteWhoseAnswerWasLostAndDidNotLandIsSentAgain() {
        wireMock.stubFor(get("/incidents/Q1/notes").willReturn(okJson("{\"notes\":[]}")));
        wireMock.stubFor(post("/incidents/Q1/notes").inScenario("reset").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("up"));
        wireMock.stubFor(post("/incidents/Q1/notes").inScenario("reset").whenScenarioStateIs("up")
                .willReturn(okJson("{\"note\":{\"id\":\"PN2\",\"content\":\"Channel: #inc-1\"}}")));

        assertEquals("PN2", client.addNote("Q1", "Channel: #inc-1"));

        wireMock.verify(2, postRequestedFor(urlPathEqualTo("/incidents/Q1/notes")));
    }

    @Test
    void aNoteRefusedWith503Or429IsSentAgainWithoutLookingFirst() {
        wireMock.stubFor(get("/incidents/Q1/notes").willReturn(okJson("{\"notes\":[]}")));
        wireMock.stubFor(post("/incidents/Q1/notes").inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1")).willSetStateTo("throttled"));
        wireMock.stubFor(post("/incidents/Q1/notes").inScenario("busy").whenScenarioStateIs("throttled")
                .willReturn(aResponse().withStatus(429)).willSetStateTo("up"));
        wireMock.stubFor(post("/incidents/Q1/notes").inScenario("busy").whenScenarioStateIs("up")
                .willReturn(okJson("{\"note\":{\"id\":\"PN3\",\"content\":\"x\"}}")));

        assertEquals("PN3", client.addNote("Q1", "x"));

        wireMock.verify(3, postRequestedFor(urlPathEqualTo("/incidents/Q1/notes")));
        wireMock.verify(1, getRequestedFor(urlPathEqualTo("/incidents/Q1/notes")));
        assertEquals(Duration.ofSeconds(1), sleeps.get(0));
    }

    @Test
    void aNoteAnswered502WhichLandedIsNotSentAgain() {
        wireMock.stubFor(get("/incidents/Q1/notes").inScenario("gw").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"notes\":[]}")));
        wireMock.stubFor(post("/incidents/Q1/notes").inScenario("gw").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(502)).willSetStateTo("stored"));
        wireMock.stubFor(get("/incidents/Q1/notes").inScenario("gw").whenScenarioStateIs("stored")
                .willReturn(okJson("{\"notes\":[{\"id\":\"PN7\",\"content\":\"y\"}]}")));

        assertEquals("PN7", client.addNote("Q1", "y"));

        wireMock.verify(1, postRequestedFor(urlPathEqualTo("/incidents/Q1/notes")));
    }

    @Test
    void aResolveThroughAnOutageIsSentUntilItIsApplied() {
        String resolved = "{\"incident\":{\"id\":\"Q1\",\"status\":\"resolved\",\"title\":\"t\"}}";
        wireMock.stubFor(put("/incidents/Q1").inScenario("outage").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("gateway"));
        wireMock.stubFor(put("/incidents/Q1").inScenario("outage").whenScenarioStateIs("gateway")
                .willReturn(aResponse().withStatus(504)).willSetStateTo("up"));
        wireMock.stubFor(put("/incidents/Q1").inScenario("outage").whenScenarioStateIs("up").willReturn(okJson(resolved)));

        assertEquals("resolved", client.resolveIncident("Q1").status());

        wireMock.verify(3, putRequestedFor(urlPathEqualTo("/incidents/Q1")));
    }

    @Test
    void aResponderRequestAnswered504IsNotSentAgain() {
        wireMock.stubFor(post("/incidents/Q1/responder_requests").willReturn(aResponse().withStatus(504)));

        PagerDutyException e = assertThrows(PagerDutyException.class, () -> client.createResponderRequest("Q1", "PU1",
                "Join us", List.of(ResponderTarget.user("PU2"))));

        assertFalse(e.retryable());
        wireMock.verify(1, postRequestedFor(urlPathEqualTo("/incidents/Q1/responder_requests")));
    }

    @Test
    void aResponderRequestWhoseAnswerWasLostIsNotSentAgain() {
        wireMock.stubFor(post("/incidents/Q1/responder_requests").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        PagerDutyException e = assertThrows(PagerDutyException.class, () -> client.createResponderRequest("Q1", "PU1",
                "Join us", List.of(ResponderTarget.user("PU2"))));

        assertFalse(e.retryable());
        assertTrue(e.getMessage().contains("check the incident in PagerDuty before paging again"), e.getMessage());
        wireMock.verify(1, postRequestedFor(urlPathEqualTo("/incidents/Q1/responder_requests")));
    }

    @Test
    void aResponderRequestPagerDutyRefusedWithA5xxIsSentAgain() {
        wireMock.stubFor(post("/incidents/Q1/responder_requests").inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        wireMock.stubFor(post("/incidents/Q1/responder_requests").inScenario("busy").whenScenarioStateIs("up")
                .willReturn(okJson("{\"responder_request\":{\"incident\":{\"id\":\"Q1\"},\"message\":\"Join us\"}}")));

        client.createResponderRequest("Q1", "PU1", "Join us", List.of(ResponderTarget.user("PU2")));

        wireMock.verify(2, postRequestedFor(urlPathEqualTo("/incidents/Q1/responder_requests")));
    }

    @Test
    void unreadableSuccessIsNotRetried() {
        wireMock.stubFor(get("/users/PU1").willReturn(okJson("{\"user\":")));

        PagerDutyException e = assertThrows(PagerDutyException.class, () -> client.getUser("PU1"));

        assertEquals(200, e.status());
        assertFalse(e.retryable());
        wireMock.verify(1, getRequestedFor(urlPathEqualTo("/users/PU1")));
    }

    @Test
    void withoutTokenOrFromNothingIsSent() {
        PagerDutyClient unconfigured = client(new PagerDutySettings(wireMock.baseUrl(), " ", FROM, null));
        PagerDutyClient readOnly = client(new PagerDutySettings(wireMock.baseUrl(), TOKEN, null, null));

        assertFalse(unconfigured.enabled());
        assertFalse(assertThrows(PagerDutyException.class, () -> unconfigured.getUser("PU1")).retryable());
        PagerDutyException noFrom = assertThrows(PagerDutyException.class, () -> readOnly.addNote("Q1", "x"));
        assertTrue(noFrom.getMessage().contains("from-email"), noFrom.getMessage());
        wireMock.verify(0, getRequestedFor(urlPathEqualTo("/users/PU1")));
        wireMock.verify(0, postRequestedFor(urlPathEqualTo("/incidents/Q1/notes")));
    }

    @Test
    void interruptedWaitStopsRetrying() {
        wireMock.stubFor(get("/users/PU1").willReturn(aResponse().withStatus(500)));
        PagerDutyClient interrupted = new PagerDutyClient(
                new PagerDutySettings(wireMock.baseUrl(), TOKEN, FROM, null), ObjectMapper.getDefault(),
                new Backoff(ATTEMPTS, Duration.ofMillis(1), Duration.ofSeconds(1), d -> {
                    throw new InterruptedException();
                }));

        PagerDutyException e = assertThrows(PagerDutyException.class, () -> interrupted.getUser("PU1"));

        assertTrue(e.retryable());
        assertTrue(Thread.interrupted(), "interrupt flag restored");
        wireMock.verify(1, getRequestedFor(urlPathEqualTo("/users/PU1")));
    }

    private static void assertBetween(Duration low, Duration actual, Duration high) {
        assertTrue(actual.compareTo(low) >= 0 && actual.compareTo(high) <= 0, low + " <= " + actual + " <= " + high);
    }
}
