package dev.firebreak.integrations.jira;

import dev.firebreak.integrations.http.Backoff;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * A {@link JiraClient} against WireMock. After every test each request WireMock received is checked against the
 * Jira Cloud v3 spec, so a wrong path, parameter or body fails the test that sent it. Backoff waits are recorded in
 * {@link #sleeps} instead of slept.
 */
abstract class JiraWireMockTest {
    static final String EMAIL = "firebreak@example.com";
    static final String TOKEN = "jira-test-token";
    static final String PROJECT = "OPS";
    static final int ATTEMPTS = 4;
    static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    static WireMockServer wireMock;
    private static int requestsChecked;

    final List<Duration> sleeps = new ArrayList<>();
    JiraClient client;

    @BeforeAll
    static void startServer() {
        wireMock = new WireMockServer(options().dynamicPort());
        wireMock.start();
        requestsChecked = 0;
        JiraContract.validator();
    }

    @AfterAll
    static void stopServer() {
        wireMock.stop();
        assertTrue(requestsChecked > 0, "the contract check saw no request");
    }

    @BeforeEach
    void createClient() {
        client = client(Duration.ofSeconds(5));
    }

    @AfterEach
    void everyRequestMatchesTheSpec() {
        client.close();
        List<String> violations = new ArrayList<>();
        for (ServeEvent event : wireMock.getAllServeEvents()) {
            violations.addAll(JiraContract.violations(event.getRequest()));
            requestsChecked++;
        }
        wireMock.resetAll();
        assertEquals(List.of(), violations);
    }

    JiraClient client(Duration readTimeout) {
        return new JiraClient(JiraSettings.of(wireMock.baseUrl(), EMAIL, TOKEN, PROJECT), ObjectMapper.getDefault(),
                new Backoff(ATTEMPTS, Duration.ofMillis(200), Duration.ofSeconds(30), sleeps::add), readTimeout);
    }

    /** The single request WireMock received for {@code method} and {@code path}. */
    static LoggedRequest only(String method, String path) {
        List<LoggedRequest> matching = wireMock.getAllServeEvents().stream().map(ServeEvent::getRequest)
                .filter(r -> r.getMethod().getName().equals(method) && r.getUrl().split("\\?")[0].equals(path))
                .toList();
        assertEquals(1, matching.size(), method + " " + path + " requests");
        return matching.get(0);
    }

    static JsonNode body(LoggedRequest request) {
        try {
            return JSON.readTree(request.getBodyAsString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
