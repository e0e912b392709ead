package dev.firebreak.integrations.jira;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JiraSettingsTest {

    @Test
    void toStringNeverShowsSecrets() {
        String text = new JiraSettings("https://acme.atlassian.net", "bot@acme.com", "tok-123", "OPS",
                null, null, null, null, "whsec-9").toString();

        assertFalse(text.contains("tok-123") || text.contains("whsec-9"), text);
        assertTrue(text.contains("bot@acme.com") && text.contains("https://acme.atlassian.net"), text);
    }

    @Test
    void defaultsAndMissingSettings() {
        JiraSettings empty = new JiraSettings(" ", null, "", null, " ", null, null, null, null);
        JiraSettings full = JiraSettings.of("https://acme.atlassian.net/", "bot@acme.com", "tok", "OPS");

        assertFalse(empty.enabled() || empty.webhooksEnabled());
        assertEquals(List.of("JIRA_URL", "JIRA_EMAIL", "JIRA_API_TOKEN", "JIRA_PROJECT"), empty.missing());
        assertEquals("Task", empty.postmortemIssueType());
        assertEquals("Task", empty.actionIssueType());
        assertEquals("Relates", empty.linkType());
        assertEquals("done", empty.doneStatusCategory());
        assertTrue(full.enabled());
        assertEquals("https://acme.atlassian.net", full.url());
    }

    @Test
    void bindsFromMicronautConfiguration() {
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "firebreak.jira.url", "https://acme.atlassian.net",
                "firebreak.jira.email", "bot@acme.com",
                "firebreak.jira.api-token", "tok",
                "firebreak.jira.project", "OPS",
                "firebreak.jira.postmortem-issue-type", "Postmortem",
                // what application.yml's ${JIRA_ACTION_ISSUE_TYPE:} yields when the variable is unset
                "firebreak.jira.action-issue-type", "",
                "firebreak.jira.webhook-secret", "s1"))) {
            JiraSettings settings = context.getBean(JiraSettings.class);

            assertEquals("Postmortem", settings.postmortemIssueType());
            assertEquals("Task", settings.actionIssueType());
            assertEquals("Relates", settings.linkType());
            assertTrue(settings.enabled());
            // The beans the bot injects can be built from configuration alone.
            assertTrue(context.getBean(JiraClient.class).enabled());
            assertEquals(JiraWebhookSignature.Result.INVALID,
                    context.getBean(JiraWebhookSignature.class).verify("sha256=" + "0".repeat(64), new byte[0]));
            assertEquals("jira:issue_updated", context.getBean(JiraWebhookParser.class)
                    .parse("{\"webhookEvent\":\"jira:issue_updated\"}".getBytes(StandardCharsets.UTF_8)).webhookEvent());
        }
    }

    @Test
    void unconfiguredContextStillBuildsTheBeans() {
        try (ApplicationContext context = ApplicationContext.run()) {
            assertFalse(context.getBean(JiraClient.class).enabled());
            assertEquals("Task", context.getBean(JiraSettings.class).postmortemIssueType());
        }
    }
}
