package dev.firebreak.integrations.pagerduty;

import dev.firebreak.integrations.http.Backoff;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.micronaut.serde.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * A {@link PagerDutyClient} against WireMock. After every test, each request WireMock received is checked against
 * PagerDuty's OpenAPI spec, so a wrong path, a missing header or a bad body fails the test that sent it.
 * Backoff waits are recorded in {@link #sleeps} instead of slept.
 */
abstract class PagerDutyWireMockTest {
    static final String TOKEN = "pd-test-token";
    static final String FROM = "firebreak@example.com";
    static final String ACCEPT = "application/vnd.pagerduty+json;version=2";
    static final int ATTEMPTS = 4;

    static WireMockServer wireMock;
    private static int requestsChecked;

    final List<Duration> sleeps = new ArrayList<>();
    PagerDutyClient client;

    @BeforeAll
    static void startServer() {
        wireMock = new WireMockServer(options().dynamicPort());
        wireMock.start();
        requestsChecked = 0;
        PagerDutyContract.validator();
    }

    @AfterAll
    static void stopServer() {
        wireMock.stop();
        assertTrue(requestsChecked > 0, "the contract check saw no request");
    }

    @BeforeEach
    void createClient() {
        client = client(new PagerDutySettings(wireMock.baseUrl(), TOKEN, FROM, null));
    }

    @AfterEach
    void everyRequestMatchesTheSpec() {
        client.close();
        List<String> violations = new ArrayList<>();
        for (ServeEvent event : wireMock.getAllServeEvents()) {
            violations.addAll(PagerDutyContract.violations(event.getRequest()));
            requestsChecked++;
        }
        wireMock.resetAll();
        assertEquals(List.of(), violations);
    }

    PagerDutyClient client(PagerDutySettings settings) {
        return new PagerDutyClient(settings, ObjectMapper.getDefault(),
                new Backoff(ATTEMPTS, Duration.ofMillis(200), Duration.ofSeconds(30), sleeps::add));
    }
}
