package dev.firebreak.jira;

import dev.firebreak.inbound.InboundEvent;
import dev.firebreak.inbound.InboundEventHandler;
import dev.firebreak.integrations.jira.JiraSettings;
import dev.firebreak.integrations.jira.JiraWebhookEvent;
import dev.firebreak.integrations.jira.JiraWebhookParser;
import dev.firebreak.postmortem.ActionTracking;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Stored Jira deliveries: an issue's status after a create or update goes to the action it belongs to. The issue in
 * the body is its state after the event, so applying the same delivery twice changes nothing.
 */
@Singleton
class JiraWebhookHandler implements InboundEventHandler {
    private final JiraWebhookParser parser;
    private final ActionTracking tracking;
    private final JiraSettings settings;

    JiraWebhookHandler(JiraWebhookParser parser, ActionTracking tracking, JiraSettings settings) {
        this.parser = parser;
        this.tracking = tracking;
        this.settings = settings;
    }

    @Override
    public String source() {
        return JiraWebhooks.SOURCE;
    }

    @Override
    public void handle(InboundEvent stored) {
        JiraWebhookEvent event = parser.parse(stored.payload().getBytes(StandardCharsets.UTF_8));
        boolean carriesState = JiraWebhookEvent.ISSUE_UPDATED.equals(event.webhookEvent())
                || JiraWebhookEvent.ISSUE_CREATED.equals(event.webhookEvent());
        if (!carriesState || event.issue() == null || event.issue().statusCategory() == null) {
            return;
        }
        // The issue's own last update orders deliveries best; the webhook's timestamp when the issue does not say.
        Instant asOf = event.issue().updated() != null ? event.issue().updated().toInstant() : event.timestamp();
        tracking.issueChanged(event.issue().key(), event.issue().status(),
                event.issue().inStatusCategory(settings.doneStatusCategory()), asOf);
    }
}
