package dev.firebreak.pagerduty;

import dev.firebreak.integrations.pagerduty.MalformedWebhookException;
import dev.firebreak.integrations.pagerduty.PagerDutySettings;
import dev.firebreak.integrations.pagerduty.PagerDutySignature;
import dev.firebreak.integrations.pagerduty.PagerDutyWebhookEvent;
import dev.firebreak.integrations.pagerduty.PagerDutyWebhookParser;
import dev.firebreak.webhook.WebhookRejected;
import dev.firebreak.webhook.WebhookSource;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * {@code POST /webhooks/pagerduty} (V3): the signature is checked on the raw body, event types nothing handles are
 * acknowledged and dropped, and a redelivery with the same {@code X-Webhook-Id} and event id changes nothing.
 */
@Singleton
class PagerDutyWebhooks implements WebhookSource<PagerDutyWebhookEvent> {
    static final String SOURCE = "pagerduty";

    private final PagerDutySettings settings;
    private final PagerDutySignature signature;
    private final PagerDutyWebhookParser parser;

    PagerDutyWebhooks(PagerDutySettings settings, PagerDutySignature signature, PagerDutyWebhookParser parser) {
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
                : Optional.of("PagerDuty webhooks are not configured: set PAGERDUTY_WEBHOOK_SECRET");
    }

    @Override
    public void authenticate(HttpHeaders headers, byte[] body) throws WebhookRejected {
        switch (signature.verify(headers.get(PagerDutySignature.HEADER), body)) {
            case MISSING_OR_MALFORMED -> throw new WebhookRejected(HttpStatus.BAD_REQUEST,
                    "Missing or malformed " + PagerDutySignature.HEADER);
            case MISMATCH -> throw new WebhookRejected(HttpStatus.UNAUTHORIZED,
                    "No " + PagerDutySignature.HEADER + " entry matches the body");
            default -> { }
        }
    }

    @Override
    public PagerDutyWebhookEvent parse(byte[] body) throws WebhookRejected {
        try {
            return parser.parse(body);
        } catch (MalformedWebhookException e) {
            throw new WebhookRejected(HttpStatus.BAD_REQUEST, "Not a PagerDuty V3 webhook: " + e.getMessage());
        }
    }

    @Override
    public Optional<String> ignored(PagerDutyWebhookEvent event) {
        return PagerDutyIntake.HANDLED.contains(event.eventType()) ? Optional.empty()
                : Optional.of("ignored event type " + event.eventType());
    }

    /** Both stay the same when PagerDuty retries; the event id alone tells two events of one subscription apart. */
    @Override
    public String deliveryId(HttpHeaders headers, byte[] body, PagerDutyWebhookEvent event) {
        String webhookId = headers.get("X-Webhook-Id");
        return (webhookId == null || webhookId.isBlank() ? "" : webhookId + "/") + event.id();
    }

    @Override
    public String eventType(PagerDutyWebhookEvent event) {
        return event.eventType();
    }
}
