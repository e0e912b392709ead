package dev.firebreak.jira;

import dev.firebreak.integrations.jira.JiraSettings;
import dev.firebreak.integrations.jira.JiraWebhookEvent;
import dev.firebreak.integrations.jira.JiraWebhookParser;
import dev.firebreak.integrations.jira.JiraWebhookSignature;
import dev.firebreak.integrations.jira.MalformedJiraWebhookException;
import dev.firebreak.webhook.BodyHash;
import dev.firebreak.webhook.WebhookRejected;
import dev.firebreak.webhook.WebhookSource;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * {@code POST /webhooks/jira}: the {@code X-Hub-Signature} is checked on the raw body (missing or wrong: 401), and a
 * repeat with the same {@code X-Atlassian-Webhook-Identifier} (or, without one, the same body) changes nothing.
 */
@Singleton
class JiraWebhooks implements WebhookSource<JiraWebhookEvent> {
    static final String SOURCE = "jira";
    static final String DELIVERY_HEADER = "X-Atlassian-Webhook-Identifier";

    private final JiraSettings settings;
    private final JiraWebhookSignature signature;
    private final JiraWebhookParser parser;

    JiraWebhooks(JiraSettings settings, JiraWebhookSignature signature, JiraWebhookParser parser) {
        this.settings = settings;
        this.signature = signature;
        this.parser = parser;
    }

    @Override
    public String name() {
        return SOURCE;
    }

    @Override
    public Optional<String> notConfigured() {
        return settings.webhooksEnabled() ? Optional.empty()
                : Optional.of("Jira webhooks are not configured: set JIRA_WEBHOOK_SECRET");
    }

    @Override
    public void authenticate(HttpHeaders headers, byte[] body) throws WebhookRejected {
        if (signature.verify(headers.get(JiraWebhookSignature.HEADER), body) != JiraWebhookSignature.Result.VALID) {
            throw new WebhookRejected(HttpStatus.UNAUTHORIZED, "Missing or wrong " + JiraWebhookSignature.HEADER);
        }
    }

    @Override
    public JiraWebhookEvent parse(byte[] body) throws WebhookRejected {
        try {
            return parser.parse(body);
        } catch (MalformedJiraWebhookException e) {
            throw new WebhookRejected(HttpStatus.BAD_REQUEST, e.getMessage());
        }
    }

    @Override
    public String deliveryId(HttpHeaders headers, byte[] body, JiraWebhookEvent event) {
        String id = headers.get(DELIVERY_HEADER);
        return id == null || id.isBlank() ? "sha256:" + BodyHash.sha256(body) : id.trim();
    }

    @Override
    public String eventType(JiraWebhookEvent event) {
        return event.webhookEvent();
    }
}
