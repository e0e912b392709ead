package dev.firebreak.integrations.pagerduty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PagerDutySettingsTest {

    @Test
    void toStringNeverShowsSecrets() {
        String text = new PagerDutySettings(null, "tok-123", "bot@example.com", "sec-a,sec-b").toString();

        assertFalse(text.contains("tok-123") || text.contains("sec-a") || text.contains("sec-b"), text);
        assertTrue(text.contains("bot@example.com") && text.contains(PagerDutySettings.DEFAULT_API_URL), text);
    }

    @Test
    void defaultsAndHelpers() {
        PagerDutySettings empty = new PagerDutySettings(" ", "", null, null);
        PagerDutySettings full = new PagerDutySettings("http://localhost:8089/", "tok", "bot@example.com", " a , ,b ");

        assertEquals("https://api.pagerduty.com", empty.apiUrlOrDefault());
        assertFalse(empty.enabled() || empty.writesEnabled() || empty.webhooksEnabled());
        assertEquals("http://localhost:8089", full.apiUrlOrDefault());
        assertTrue(full.enabled() && full.writesEnabled() && full.webhooksEnabled());
        assertEquals(List.of("a", "b"), full.webhookSecrets());
    }

    @Test
    void bindsFromMicronautConfiguration() {
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "firebreak.pagerduty.api-token", "tok",
                "firebreak.pagerduty.from-email", "bot@example.com",
                "firebreak.pagerduty.webhook-secret", "s1,s2"))) {
            PagerDutySettings settings = context.getBean(PagerDutySettings.class);

            assertEquals("tok", settings.apiToken());
            assertEquals(List.of("s1", "s2"), settings.webhookSecrets());
            assertEquals(PagerDutySettings.DEFAULT_API_URL, settings.apiUrlOrDefault());
            // The beans the bot injects can be built from configuration alone.
            assertTrue(context.getBean(PagerDutyClient.class).enabled());
            assertEquals("E1", context.getBean(PagerDutyWebhookParser.class)
                    .parse("{\"event\":{\"id\":\"E1\",\"event_type\":\"x\"}}".getBytes(StandardCharsets.UTF_8)).id());
            assertEquals(PagerDutySignature.Result.MISMATCH,
                    context.getBean(PagerDutySignature.class).verify("v1=" + "0".repeat(64), new byte[0]));
        }
    }
}
