package dev.firebreak.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentRepository;
import dev.firebreak.support.AppTestBase;
import dev.firebreak.support.Eventually;
import dev.firebreak.support.SlackStub;
import dev.firebreak.testdata.TestData;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** PagerDuty titles, links and notes from outside: shown as text on every Slack request they reach. */
@MicronautTest(transactional = false)
class HostilePagerDutyTest extends AppTestBase {
    private static final String SECRET = "pd-hostile-secret";
    private static final Pattern LIVE = Pattern.compile("<!(?!date\\^|subteam\\^)|<https?://(?!slack\\.com/)");

    @Inject
    IncidentRepository incidents;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("firebreak.pagerduty.webhook-secret", SECRET);
    }

    @Test
    void titlesLinksAndNotesFromPagerDutyPostOnlyText() throws Exception {
        String pdId = "PHOSTILE1";
        deliver(event("incident.triggered", pdId, HostileTextTest.HOSTILE.get(0) + " " + HostileTextTest.HOSTILE.get(2)));
        Eventually.await("pinned header", java.time.Duration.ofSeconds(60), () -> slack.count("pins.add") >= 1);
        Incident incident = incidents.findByExternalKey(Incident.PAGER_KEY_PREFIX + pdId).orElseThrow();
        JsonObject note = JsonParser.parseString(event("incident.annotated", pdId, "x")).getAsJsonObject();
        JsonObject data = new JsonObject();
        data.addProperty("type", "incident_note");
        data.addProperty("content", HostileTextTest.HOSTILE.get(3) + " " + HostileTextTest.HOSTILE.get(6));
        JsonObject ref = new JsonObject();
        ref.addProperty("id", pdId);
        ref.addProperty("type", "incident_reference");
        data.add("incident", ref);
        note.getAsJsonObject("event").add("data", data);
        deliver(note.toString());

        Eventually.await("note posted", () -> slack.calls("chat.postMessage").stream().map(SlackStub::form)
                .anyMatch(f -> incident.channelId() != null && f.getOrDefault("text", "").startsWith(":pager: PagerDuty note")));
        for (LoggedRequest r : slack.all()) {
            SlackStub.form(r).forEach((k, v) -> {
                String value = k.equals("blocks") ? SlackStub.unescapeJson(v) : v;
                assertThat(LIVE.matcher(value).find()).as(r.getUrl() + " " + k + ": " + value).isFalse();
            });
        }
        assertThat(slack.calls("chat.postMessage").stream().map(SlackStub::form).map(f -> f.getOrDefault("blocks", ""))
                .map(b -> b.isEmpty() ? b : SlackStub.unescapeJson(b)).anyMatch(b -> b.contains("https://evil.example/i|x&gt; &lt;!channel&gt;"))).isTrue();
    }

    private static String event(String type, String pdId, String title) throws Exception {
        JsonObject body = JsonParser.parseString(Files.readString(TestData.resolve("samples/pagerduty-webhooks-v3")
                .resolve("docs_example_incident_priority_updated.json"))).getAsJsonObject();
        JsonObject event = body.getAsJsonObject("event");
        event.addProperty("event_type", type);
        event.addProperty("id", UUID.randomUUID().toString());
        event.getAsJsonObject("data").addProperty("id", pdId);
        event.getAsJsonObject("data").addProperty("title", title);
        event.getAsJsonObject("data").addProperty("html_url", "https://evil.example/i|x> <!channel>");
        return body.toString();
    }

    private void deliver(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = "v1=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        assertThat(send(HttpRequest.newBuilder(uri("/webhooks/pagerduty")).header("Content-Type", "application/json")
                .header("X-Webhook-Id", UUID.randomUUID().toString()).header("X-PagerDuty-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body))).statusCode()).isEqualTo(202);
    }
}
