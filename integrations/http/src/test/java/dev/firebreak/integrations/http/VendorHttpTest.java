package dev.firebreak.integrations.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.firebreak.integrations.http.VendorCallListener.Outcome;
import io.micronaut.core.annotation.Nullable;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which answers are sent again, which leave a write's outcome unknown, and what the listener is told. */
class VendorHttpTest {
    private static WireMockServer server;

    private final List<Outcome> outcomes = new ArrayList<>();
    private final List<Duration> sleeps = new ArrayList<>();
    private final VendorHttp http = new VendorHttp(new TestVendor(), Duration.ofSeconds(5),
            new Backoff(4, Duration.ofMillis(100), Duration.ofSeconds(30), sleeps::add),
            (vendor, operation, outcome) -> {
                assertEquals("Acme", vendor);
                assertEquals("write", operation);
                outcomes.add(outcome);
            });

    @BeforeAll
    static void start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @AfterEach
    void reset() {
        http.close();
        server.resetAll();
    }

    @Test
    void aFirstAnswerIsOk() {
        answers(aResponse().withStatus(201).withBody("done"));

        assertEquals("done", write(unknownStops()));
        assertEquals(List.of(Outcome.OK), outcomes);
    }

    @Test
    void unavailableAndThrottledWritesAreSentAgain() {
        answers(aResponse().withStatus(503).withHeader("Retry-After", "3"), aResponse().withStatus(429),
                aResponse().withStatus(201).withBody("done"));

        assertEquals("done", write(unknownStops()));

        server.verify(3, postRequestedFor(urlPathEqualTo("/w")));
        assertEquals(Duration.ofSeconds(3), sleeps.get(0));
        assertEquals(List.of(Outcome.RETRIED), outcomes);
    }

    @Test
    void gatewayErrorsAndResetsAskTheWriteWhatTheyMean() {
        for (ResponseDefinitionBuilder answer : List.of(aResponse().withStatus(502), aResponse().withStatus(504),
                aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))) {
            server.resetAll();
            outcomes.clear();
            answers(answer);

            assertThrows(IllegalStateException.class, () -> write(unknownStops()));

            server.verify(1, postRequestedFor(urlPathEqualTo("/w")));
            assertEquals(List.of(Outcome.UNKNOWN), outcomes);
        }
    }

    @Test
    void aWriteFoundAppliedAfterItsAnswerWasLostIsNotSentAgain() {
        answers(aResponse().withStatus(504));

        assertEquals("found", write(unknown -> Optional.of("found")));

        server.verify(1, postRequestedFor(urlPathEqualTo("/w")));
        assertEquals(List.of(Outcome.RETRIED), outcomes);
    }

    @Test
    void refusalsAreNotRetriedAndOutagesEndRetryable() {
        answers(aResponse().withStatus(400).withBody("bad field"));
        TestFailure refused = assertThrows(TestFailure.class, () -> write(unknownStops()));
        assertFalse(refused.retryable());
        assertEquals("Acme POST /w failed: HTTP 400: bad field", refused.getMessage());

        server.resetAll();
        server.stubFor(post("/w").willReturn(aResponse().withStatus(503)));
        TestFailure down = assertThrows(TestFailure.class, () -> write(unknownStops()));
        assertTrue(down.retryable());
        server.verify(4, postRequestedFor(urlPathEqualTo("/w")));
        assertEquals(List.of(Outcome.FAILED, Outcome.FAILED), outcomes);
    }

    private String write(IfUnknown<String> ifUnknown) {
        Request request = new Request.Builder().url(server.baseUrl() + "/w")
                .post(RequestBody.create("{}", MediaType.get("application/json"))).build();
        return http.call("write", request, bytes -> new String(bytes, StandardCharsets.UTF_8), ifUnknown);
    }

    private static IfUnknown<String> unknownStops() {
        return unknown -> {
            throw new IllegalStateException("unknown: " + unknown.getMessage());
        };
    }

    private static void answers(ResponseDefinitionBuilder... answers) {
        String state = Scenario.STARTED;
        for (int i = 0; i < answers.length; i++) {
            String next = "answer-" + (i + 1);
            server.stubFor(post("/w").inScenario("s").whenScenarioStateIs(state).willReturn(answers[i]).willSetStateTo(next));
            state = next;
        }
    }

    private static final class TestFailure extends VendorCallException {
        TestFailure(int status, String message, boolean retryable, @Nullable Throwable cause) {
            super(status, message, retryable, cause);
        }
    }

    private static final class TestVendor implements VendorProfile {
        @Override
        public String name() {
            return "Acme";
        }

        @Override
        public void authenticate(Request.Builder request, boolean write) {
            request.header("Authorization", "Bearer t");
        }

        @Override
        public String describeError(Response response, byte[] body) {
            return new String(body, StandardCharsets.UTF_8);
        }

        @Override
        public VendorCallException failure(int status, String message, boolean retryable, @Nullable Throwable cause) {
            return new TestFailure(status, message, retryable, cause);
        }
    }
}
