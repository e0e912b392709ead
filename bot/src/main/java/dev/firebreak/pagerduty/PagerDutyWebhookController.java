package dev.firebreak.pagerduty;

import dev.firebreak.api.ApiError;
import dev.firebreak.inbound.InboundEvents;
import dev.firebreak.integrations.pagerduty.MalformedWebhookException;
import dev.firebreak.integrations.pagerduty.PagerDutySettings;
import dev.firebreak.integrations.pagerduty.PagerDutySignature;
import dev.firebreak.integrations.pagerduty.PagerDutyWebhookEvent;
import dev.firebreak.integrations.pagerduty.PagerDutyWebhookParser;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /webhooks/pagerduty} (V3). The signature is checked on the raw body; the event is stored and answered
 * 202 well inside PagerDuty's 5 seconds, and a redelivery with the same {@code X-Webhook-Id} changes nothing.
 */
@Controller("/webhooks/pagerduty")
class PagerDutyWebhookController {
    static final String SOURCE = "pagerduty";
    private static final Logger LOG = LoggerFactory.getLogger(PagerDutyWebhookController.class);

    private final PagerDutySettings settings;
    private final PagerDutySignature signature;
    private final PagerDutyWebhookParser parser;
    private final InboundEvents inbound;

    PagerDutyWebhookController(PagerDutySettings settings, PagerDutySignature signature, PagerDutyWebhookParser parser,
            InboundEvents inbound) {
        this.settings = settings;
        this.signature = signature;
        this.parser = parser;
        this.inbound = inbound;
    }

    @Post(consumes = MediaType.ALL)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<ApiError> receive(HttpRequest<?> request, @Body byte[] body) {
        if (!settings.webhooksEnabled()) {
            return error(HttpStatus.SERVICE_UNAVAILABLE, "PagerDuty webhooks are not configured: set PAGERDUTY_WEBHOOK_SECRET");
        }
        switch (signature.verify(request.getHeaders().get(PagerDutySignature.HEADER), body)) {
            case MISSING_OR_MALFORMED:
                return error(HttpStatus.BAD_REQUEST, "Missing or malformed " + PagerDutySignature.HEADER);
            case MISMATCH:
                return error(HttpStatus.UNAUTHORIZED, "No " + PagerDutySignature.HEADER + " entry matches the body");
            default:
                break;
        }
        PagerDutyWebhookEvent event;
        try {
            event = parser.parse(body);
        } catch (MalformedWebhookException e) {
            return error(HttpStatus.BAD_REQUEST, "Not a PagerDuty V3 webhook: " + e.getMessage());
        }
        if (!PagerDutyIntake.HANDLED.contains(event.eventType())) {
            LOG.info("PagerDuty event type {} is not handled; acknowledged and ignored", event.eventType());
            return HttpResponse.accepted().body(new ApiError("ignored event type " + event.eventType()));
        }
        // Both stay the same when PagerDuty retries; the event id alone tells two events of one subscription apart.
        String webhookId = request.getHeaders().get("X-Webhook-Id");
        String deliveryId = (webhookId == null || webhookId.isBlank() ? "" : webhookId + "/") + event.id();
        boolean fresh = inbound.accept(SOURCE, deliveryId, event.eventType(), new String(body, StandardCharsets.UTF_8)).isPresent();
        return HttpResponse.accepted().body(new ApiError(fresh ? "accepted" : "duplicate delivery, already accepted"));
    }

    private static HttpResponse<ApiError> error(HttpStatus status, String message) {
        return HttpResponse.<ApiError>status(status).body(new ApiError(message));
    }
}
