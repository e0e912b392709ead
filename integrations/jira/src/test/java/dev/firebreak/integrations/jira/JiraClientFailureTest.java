package dev.firebreak.integrations.jira;

import dev.firebreak.integrations.http.Backoff;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Retries, backoff, and how failures reach the caller. */
class JiraClientFailureTest extends JiraWireMockTest {
    private static final String ISSUE = "/rest/api/3/issue/OPS-41";
    private static final String CREATED = "{\"id\":\"10000\",\"key\":\"OPS-1\",\"self\":\"https://x/rest/api/3/issue/10000\"}";

    /** {@code mapping} answers each of {@code answers} once, in order. */
    private static void stubSequence(Supplier<MappingBuilder> mapping, ResponseDefinitionBuilder... answers) {
        String state = Scenario.STARTED;
        for (int i = 0; i < answers.length; i++) {
            String next = "answer-" + (i + 1);
            wireMock.stubFor(mapping.get().inScenario("sequence").whenScenarioStateIs(state)
                    .willReturn(answers[i]).willSetStateTo(next));
            state = next;
        }
    }

    private static Supplier<MappingBuilder> getIssue() {
        return () -> get(urlPathEqualTo(ISSUE));
    }

    private static IssueDraft draft(String label) {
        return IssueDraft.of(PROJECT, "Task", "Postmortem: checkout", Adf.plain("Timeline follows"), List.of(label));
    }

    private static ResponseDefinitionBuilder jiraError(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    @Test
    void unauthorizedIsNotRetried() {
        wireMock.stubFor(get(urlPathEqualTo(ISSUE)).willReturn(aResponse().withStatus(401)
                .withHeader("X-Seraph-LoginReason", "AUTHENTICATED_FAILED")
                .withBody("Client must be authenticated to access this resource.")));

        JiraException e = assertThrows(JiraException.class, () -> client.getIssue("OPS-41"));

        assertEquals(401, e.status());
        assertFalse(e.retryable());
        assertEquals("Jira GET /rest/api/3/issue/OPS-41 failed: HTTP 401: Client must be authenticated to access "
                + "this resource. (X-Seraph-LoginReason: AUTHENTICATED_FAILED)", e.getMessage());
        wireMock.verify(1, getRequestedFor(urlPathEqualTo(ISSUE)));
        assertTrue(sleeps.isEmpty());
    }

    @Test
    void forbiddenCarriesJirasMessage() {
        wireMock.stubFor(post("/rest/api/3/issue").willReturn(jiraError(403,
                "{\"errorMessages\":[\"You do not have permission to create issues in this project.\"],\"errors\":{}}")));

        JiraException e = assertThrows(JiraException.class, () -> client.createIssue(draft("fb-1")));

        assertEquals(403, e.status());
        assertFalse(e.retryable());
        assertFalse(e instanceof JiraOutcomeUnknownException);
        assertTrue(e.getMessage().endsWith("HTTP 403: You do not have permission to create issues in this project."),
                e.getMessage());
    }

    @Test
    void validationErrorsNameTheField() {
        wireMock.stubFor(post("/rest/api/3/issue").willReturn(jiraError(400, "{\"errorMessages\":[\"Bad request\"],"
                + "\"errors\":{\"duedate\":\"Field 'duedate' cannot be set. It is not on the appropriate screen, or unknown.\"}}")));
        IssueDraft withDue = new IssueDraft(PROJECT, "Task", "x", Adf.doc(), List.of(), null, null, LocalDate.of(2024, 6, 1));

        JiraException e = assertThrows(JiraException.class, () -> client.createIssue(withDue));

        assertEquals(400, e.status());
        assertFalse(e.retryable());
        assertTrue(e.getMessage().endsWith("HTTP 400: Bad request; duedate: Field 'duedate' cannot be set. "
                + "It is not on the appropriate screen, or unknown."), e.getMessage());
    }

    @Test
    void rateLimitWaitsAsRetryAfterSays() {
        stubSequence(getIssue(), aResponse().withStatus(429).withHeader("Retry-After", "7"), okJson(JiraClientTest.ISSUE_JSON));

        assertEquals("OPS-41", client.getIssue("OPS-41").key());

        assertEquals(List.of(Duration.ofSeconds(7)), sleeps);
        wireMock.verify(2, getRequestedFor(urlPathEqualTo(ISSUE)));
    }

    @Test
    void rateLimitedCreateIsRepeatedBecauseJiraDidNothing() {
        stubSequence(() -> post("/rest/api/3/issue"), aResponse().withStatus(429).withHeader("Retry-After", "1"),
                aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(CREATED));

        assertEquals("OPS-1", client.createIssue(draft("fb-2")).key());
        assertEquals(List.of(Duration.ofSeconds(1)), sleeps);
    }

    @Test
    void serverErrorsBackOffExponentiallyThenSucceed() {
        stubSequence(getIssue(), aResponse().withStatus(500), aResponse().withStatus(503), okJson(JiraClientTest.ISSUE_JSON));

        assertEquals("OPS-41", client.getIssue("OPS-41").key());

        wireMock.verify(3, getRequestedFor(urlPathEqualTo(ISSUE)));
        assertEquals(2, sleeps.size());
        assertBetween(Duration.ofMillis(100), sleeps.get(0), Duration.ofMillis(200));
        assertBetween(Duration.ofMillis(200), sleeps.get(1), Duration.ofMillis(400));
    }

    @Test
    void brokenConnectionOnAReadIsRetried() {
        stubSequence(getIssue(), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), okJson(JiraClientTest.ISSUE_JSON));

        assertEquals("OPS-41", client.getIssue("OPS-41").key());
        assertEquals(1, sleeps.size());
    }

    @Test
    void exhaustedRetriesAreRetryableForTheCaller() {
        wireMock.stubFor(get(urlPathEqualTo(ISSUE)).willReturn(aResponse().withStatus(502).withBody("<html>bad gateway</html>")));

        JiraException e = assertThrows(JiraException.class, () -> client.getIssue("OPS-41"));

        assertEquals(502, e.status());
        assertTrue(e.retryable());
        assertTrue(e.getMessage().contains("bad gateway"), e.getMessage());
        wireMock.verify(ATTEMPTS, getRequestedFor(urlPathEqualTo(ISSUE)));
        assertEquals(ATTEMPTS - 1, sleeps.size());
    }

    @Test
    void serverErrorOnCreateIsNotRepeated() {
        wireMock.stubFor(post("/rest/api/3/issue").willReturn(aResponse().withStatus(500)));

        JiraException e = assertThrows(JiraOutcomeUnknownException.class, () -> client.createIssue(draft("fb-3")));

        assertTrue(e.retryable());
        assertEquals(500, e.status());
        wireMock.verify(1, postRequestedFor(urlPathEqualTo("/rest/api/3/issue")));
    }

    /** 503 and 429 mean Jira did not apply the create: it is sent again, as Retry-After says, and made once. */
    @Test
    void unavailableAndThrottledCreatesAreSentAgain() {
        stubSequence(() -> post(urlPathEqualTo("/rest/api/3/issue")),
                aResponse().withStatus(503).withHeader("Retry-After", "2"), aResponse().withStatus(429),
                aResponse().withStatus(503),
                aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(CREATED));

        assertEquals("OPS-1", client.createIssue(draft("fb-4")).key());

        wireMock.verify(4, postRequestedFor(urlPathEqualTo("/rest/api/3/issue")));
        assertEquals(3, sleeps.size());
        assertEquals(Duration.ofSeconds(2), sleeps.get(0));
    }

    @Test
    void gatewayErrorsOnACreateLeaveItsOutcomeUnknown() {
        for (int status : new int[] {502, 504}) {
            wireMock.resetAll();
            wireMock.stubFor(post("/rest/api/3/issue").willReturn(aResponse().withStatus(status)));

            JiraException e = assertThrows(JiraOutcomeUnknownException.class, () -> client.createIssue(draft("fb-5")));

            assertEquals(status, e.status());
            assertTrue(e.retryable());
            wireMock.verify(1, postRequestedFor(urlPathEqualTo("/rest/api/3/issue")));
        }
    }

    /** Jira created the issue but the answer came too late: the caller finds it by the label it stored. */
    @Test
    void timedOutCreateIsFoundByItsLabel() throws InterruptedException {
        JiraClient impatient = client(Duration.ofMillis(300));
        wireMock.stubFor(post("/rest/api/3/issue").willReturn(aResponse().withStatus(201).withFixedDelay(1_200)
                .withHeader("Content-Type", "application/json").withBody(CREATED)));
        JiraClientTest.stubSearchPage(null, "{\"issues\":[" + JiraClientTest.issue("OPS-1") + "],\"isLast\":true}");

        JiraOutcomeUnknownException e = assertThrows(JiraOutcomeUnknownException.class,
                () -> impatient.createIssue(draft("fb-inc-42-pm")));
        List<Issue> found = impatient.findByLabel(PROJECT, "fb-inc-42-pm");

        assertEquals(0, e.status());
        assertTrue(e.retryable());
        assertEquals(List.of("OPS-1"), found.stream().map(Issue::key).toList());
        wireMock.verify(1, postRequestedFor(urlPathEqualTo("/rest/api/3/issue")));
        assertTrue(sleeps.isEmpty());
        impatient.close();
        Thread.sleep(1_000); // let WireMock finish the delayed answer before the contract check reads its log
    }

    @Test
    void createThatNeverConnectedIsRepeated() {
        // Port 1 refuses connections, so nothing reached Jira and repeating the create cannot duplicate it.
        JiraClient refused = new JiraClient(JiraSettings.of("http://127.0.0.1:1", EMAIL, TOKEN, PROJECT),
                io.micronaut.serde.ObjectMapper.getDefault(),
                new Backoff(ATTEMPTS, Duration.ofMillis(200), Duration.ofSeconds(30), sleeps::add));

        JiraException e = assertThrows(JiraException.class, () -> refused.createIssue(draft("fb-4")));

        assertFalse(e instanceof JiraOutcomeUnknownException, e.toString());
        assertTrue(e.retryable());
        assertEquals(ATTEMPTS - 1, sleeps.size());
        refused.close();
    }

    @Test
    void unreadableSuccessIsNotRetried() {
        wireMock.stubFor(get(urlPathEqualTo(ISSUE)).willReturn(okJson("{\"id\":")));

        JiraException e = assertThrows(JiraException.class, () -> client.getIssue("OPS-41"));

        assertEquals(200, e.status());
        assertFalse(e.retryable());
        wireMock.verify(1, getRequestedFor(urlPathEqualTo(ISSUE)));
    }

    @Test
    void unconfiguredClientSendsNothingAndSaysWhatIsMissing() {
        JiraClient unconfigured = new JiraClient(JiraSettings.of(wireMock.baseUrl(), EMAIL, " ", null),
                io.micronaut.serde.ObjectMapper.getDefault());

        JiraException e = assertThrows(JiraException.class, () -> unconfigured.getIssue("OPS-41"));

        assertFalse(unconfigured.enabled());
        assertFalse(e.retryable());
        assertTrue(e.getMessage().contains("JIRA_API_TOKEN, JIRA_PROJECT"), e.getMessage());
        assertEquals(0, wireMock.getAllServeEvents().size());
        unconfigured.close();
    }

    @Test
    void interruptedWaitStopsRetrying() {
        wireMock.stubFor(get(urlPathEqualTo(ISSUE)).willReturn(aResponse().withStatus(500)));
        JiraClient interrupted = new JiraClient(JiraSettings.of(wireMock.baseUrl(), EMAIL, TOKEN, PROJECT),
                io.micronaut.serde.ObjectMapper.getDefault(),
                new Backoff(ATTEMPTS, Duration.ofMillis(1), Duration.ofSeconds(1), d -> {
                    throw new InterruptedException();
                }));

        JiraException e = assertThrows(JiraException.class, () -> interrupted.getIssue("OPS-41"));

        assertTrue(e.retryable());
        assertTrue(Thread.interrupted(), "interrupt flag restored");
        wireMock.verify(1, getRequestedFor(urlPathEqualTo(ISSUE)));
        interrupted.close();
    }

    private static void assertBetween(Duration low, Duration actual, Duration high) {
        assertTrue(actual.compareTo(low) >= 0 && actual.compareTo(high) <= 0, low + " <= " + actual + " <= " + high);
    }
}
