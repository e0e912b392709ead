package dev.firebreak.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.google.gson.JsonArray;
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
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Text from outside, pushed through the outbound paths of the whole app with Slack emulated: no recorded Slack
 * request may carry a live mention, a live link from outside, or an unbalanced code fence.
 */
@MicronautTest(transactional = false)
class HostileTextTest extends AppTestBase {
    private static final String TOKEN = "am-webhook-token";
    private static final String DECLARER = "U0DECLARER";
    private static final String ALLOWED_HOST = "alertmanager.example.com";
    static final List<String> HOSTILE = List.of(
            "<!channel> checkout down",
            "<!here>",
            "<https://evil.example|checkout>",
            "<<!here>>",
            "&lt;!channel&gt; already escaped",
            "\uFF1C!channel\uFF1E look-alike",
            "``` fence </code> ```rm -rf```",
            "<!everyone> " + "x".repeat(10_000));
    // Our own markup: dates, user groups; anything else that opens with <! is a mention from outside.
    private static final Pattern LIVE_SPECIAL = Pattern.compile("<!(?!date\\^|subteam\\^)");
    private static final Pattern LIVE_LINK = Pattern.compile("<(https?://[^|>]*)");

    @Inject
    IncidentRepository incidents;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("firebreak.alertmanager.webhook-token", TOKEN, "firebreak.slack.link-hosts", ALLOWED_HOST);
    }

    @BeforeEach
    void resetSlack() {
        slack.reset();
    }

    @Test
    void alertsWithHostileLabelsAnnotationsAndLinksPostOnlyText() {
        for (int n = 0; n < HOSTILE.size(); n++) {
            deliver(alert(n, HOSTILE.get(n), "https://am|x> <!everyone"));
        }
        // A link whose host the operator allowed stays live: the check below is not blind.
        deliver(alert(99, "allowed link", "https://" + ALLOWED_HOST + "/#/alerts"));
        awaitHeaders(HOSTILE.size() + 1);
        Eventually.await("alert posts", () -> slack.calls("chat.postMessage").stream().map(SlackStub::form)
                .filter(f -> f.getOrDefault("text", "").startsWith(":bell:")).count() >= HOSTILE.size());

        assertThat(violations()).isEmpty();
        assertThat(allText()).contains("<https://" + ALLOWED_HOST + "/#/alerts|alertmanager>")
                .contains("&lt;!channel&gt; checkout down").contains("&amp;lt;!channel&amp;gt; already escaped");
    }

    @Test
    void declaredTitlesAndUpdatesPostOnlyText() {
        for (String hostile : HOSTILE.subList(0, HOSTILE.size() - 1)) {
            slashCommand("declare \"" + hostile.replace("\"", "'") + "\" sev2", "CGENERAL1", DECLARER);
        }
        awaitHeaders(HOSTILE.size() - 1);
        for (Incident incident : incidents.findAllOrderByCreatedAtDesc()) {
            if (incident.channelId() != null) {
                slashCommand("update " + HOSTILE.get(0) + " " + HOSTILE.get(6), incident.channelId(), DECLARER);
            }
        }
        Eventually.await("updates", () -> slack.calls("chat.postMessage").stream().map(SlackStub::form)
                .filter(f -> f.getOrDefault("text", "").contains("*Update* from")).count() >= 2L * (HOSTILE.size() - 1));

        assertThat(violations()).isEmpty();
        // Our own mentions stay live.
        assertThat(allText()).contains("<@" + DECLARER + ">");
    }

    private void awaitHeaders(int n) {
        Eventually.await("headers pinned", java.time.Duration.ofSeconds(60), () -> slack.count("pins.add") >= n);
    }

    /** Every text a Slack request carried, JSON read the way Slack reads it. */
    private String allText() {
        StringBuilder out = new StringBuilder();
        for (LoggedRequest r : slack.all()) {
            SlackStub.form(r).forEach((k, v) -> out.append(k.equals("blocks") || k.equals("view") ? SlackStub.unescapeJson(v) : v)
                    .append('\n'));
        }
        return out.toString();
    }

    private List<String> violations() {
        List<String> found = new ArrayList<>();
        for (LoggedRequest r : slack.all()) {
            for (Map.Entry<String, String> field : SlackStub.form(r).entrySet()) {
                String value = field.getKey().equals("blocks") ? SlackStub.unescapeJson(field.getValue()) : field.getValue();
                String where = r.getUrl() + " " + field.getKey() + ": ";
                if (LIVE_SPECIAL.matcher(value).find()) {
                    found.add(where + "live special mention in " + cut(value));
                }
                Matcher link = LIVE_LINK.matcher(value);
                while (link.find()) {
                    if (!link.group(1).startsWith("https://" + ALLOWED_HOST + "/")) {
                        found.add(where + "live link " + link.group(1));
                    }
                }
                for (String text : field.getKey().equals("blocks") ? texts(value) : List.of(value)) {
                    if (countFences(text) % 2 != 0) {
                        found.add(where + "unbalanced fence in " + cut(text));
                    }
                }
            }
        }
        return found;
    }

    /** Each text of a block on its own: a fence must be balanced within the one text Slack renders. */
    private static List<String> texts(String blocksJson) {
        List<String> texts = new ArrayList<>();
        collect(JsonParser.parseString(blocksJson), texts);
        return texts;
    }

    private static void collect(com.google.gson.JsonElement e, List<String> texts) {
        if (e.isJsonArray()) {
            e.getAsJsonArray().forEach(x -> collect(x, texts));
        } else if (e.isJsonObject()) {
            e.getAsJsonObject().entrySet().forEach(x -> {
                if (x.getKey().equals("text") && x.getValue().isJsonPrimitive()) {
                    texts.add(x.getValue().getAsString());
                } else {
                    collect(x.getValue(), texts);
                }
            });
        }
    }

    private static int countFences(String text) {
        int count = 0;
        for (int i = text.indexOf("```"); i >= 0; i = text.indexOf("```", i + 3)) {
            count++;
        }
        return count;
    }

    private static String cut(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    private static String alert(int n, String hostile, String externalUrl) {
        JsonObject body = JsonParser.parseString(read()).getAsJsonObject();
        body.addProperty("groupKey", "{}:{alertname=\"Hostile" + n + "\"}");
        body.addProperty("externalURL", externalUrl);
        JsonObject labels = new JsonObject();
        // Label values are short in practice; the 10 KB case goes through the annotations.
        String label = hostile.substring(0, Math.min(hostile.length(), 60));
        labels.addProperty("alertname", "Hostile" + n + " " + label);
        labels.addProperty("severity", "critical");
        labels.addProperty("service", label);
        body.add("groupLabels", labels);
        body.add("commonLabels", labels.deepCopy());
        JsonObject annotations = new JsonObject();
        annotations.addProperty("summary", hostile);
        annotations.addProperty("description", hostile + " <https://evil.example/login|sign in>");
        body.add("commonAnnotations", annotations);
        JsonArray alerts = new JsonArray();
        JsonObject alert = body.getAsJsonArray("alerts").get(0).getAsJsonObject().deepCopy();
        alert.add("labels", labels.deepCopy());
        alert.add("annotations", annotations.deepCopy());
        alert.addProperty("generatorURL", "https://evil.example/graph|<!here>");
        alert.addProperty("fingerprint", String.format("%016x", n));
        alerts.add(alert);
        body.add("alerts", alerts);
        return body.toString();
    }

    private static String read() {
        try {
            return Files.readString(TestData.resolve("samples/alertmanager").resolve("sample_v4_firing.constructed.json"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void deliver(String body) {
        assertThat(send(HttpRequest.newBuilder(uri("/webhooks/alertmanager")).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString(body))).statusCode())
                .isEqualTo(202);
    }
}
