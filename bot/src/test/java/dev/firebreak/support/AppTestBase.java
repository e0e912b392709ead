package dev.firebreak.support;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.TestInstance;

/**
 * The whole app on an in-memory H2 database with Slack on WireMock. Subclasses are {@code @MicronautTest}s.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AppTestBase implements TestPropertyProvider {
    public static final String SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    public static final String API_TOKEN = "test-api-token";
    public static final String ANNOUNCE_CHANNEL = "CANNOUNCE1";

    protected final SlackStub slack = new SlackStub();
    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    protected EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = new HashMap<>();
        p.put("firebreak.slack.api-url", slack.apiUrl());
        p.put("firebreak.slack.bot-token", "xoxb-test-token");
        p.put("firebreak.slack.signing-secret", SIGNING_SECRET);
        p.put("firebreak.slack.announce-channel", ANNOUNCE_CHANNEL);
        p.put("firebreak.api.token", API_TOKEN);
        p.put("micronaut.server.port", "-1");
        p.put("firebreak.jobs.first-retry", "100ms");
        p.put("firebreak.jobs.max-retry", "500ms");
        p.put("firebreak.jobs.polling-interval", "200ms");
        p.putAll(TestDatabases.h2Memory());
        p.putAll(extraProperties());
        return p;
    }

    protected Map<String, String> extraProperties() {
        return Map.of();
    }

    /** Every Slack call a test caused must match Slack's published API. */
    @AfterEach
    void slackCallsMatchTheSpec() {
        org.assertj.core.api.Assertions.assertThat(SlackApiSpec.violations(slack.all())).isEmpty();
    }

    @AfterAll
    void stopSlack() {
        slack.close();
    }

    protected HttpResponse<String> postSlack(String body, String contentType) {
        long ts = Instant.now().getEpochSecond();
        return send(HttpRequest.newBuilder(uri("/slack/events"))
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", String.valueOf(ts))
                .header("X-Slack-Signature", SlackSigner.sign(SIGNING_SECRET, ts, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Sends {@code /incident <text>} and returns the acknowledgement's text. */
    protected String command(String text, String channelId, String userId) {
        HttpResponse<String> ack = slashCommand(text, channelId, userId);
        if (ack.statusCode() != 200) {
            throw new AssertionError("slash command answered " + ack.statusCode() + ": " + ack.body());
        }
        return ack.body().isBlank() ? "" : com.google.gson.JsonParser.parseString(ack.body()).getAsJsonObject().get("text").getAsString();
    }

    protected HttpResponse<String> slashCommand(String text, String channelId, String userId) {
        return postSlack(SlackSamples.slashCommand(text, channelId, userId), "application/x-www-form-urlencoded");
    }

    protected HttpResponse<String> get(String path, String bearer) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET();
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return send(b);
    }

    protected URI uri(String path) {
        return URI.create("http://localhost:" + server.getPort() + path);
    }

    protected HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
