package dev.firebreak.webhook;

import dev.firebreak.api.ApiError;
import dev.firebreak.inbound.InboundEvents;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One way in for every webhook: configured (else 503), sender checked on the raw body (400/401), parsed (400), then
 * stored once under its delivery id and answered 202 before any work is done. The id is computed on the raw body; what
 * is stored has its secrets masked ({@link StoredPayload}). Each delivery's handling time is recorded as
 * {@code firebreak.webhook.handling}, tagged {@code source}.
 */
@Singleton
public class WebhookIntake {
    static final String TIMER = "firebreak.webhook.handling";
    private static final Logger LOG = LoggerFactory.getLogger(WebhookIntake.class);

    private final InboundEvents inbound;
    private final StoredPayload stored;
    private final MeterRegistry meters;

    WebhookIntake(InboundEvents inbound, StoredPayload stored, MeterRegistry meters) {
        this.inbound = inbound;
        this.stored = stored;
        this.meters = meters;
    }

    public HttpResponse<ApiError> receive(WebhookSource<?> source, HttpRequest<?> request, byte[] body) {
        Timer.Sample sample = Timer.start(meters);
        try {
            return handle(source, request, body);
        } finally {
            sample.stop(meters.timer(TIMER, "source", source.name()));
        }
    }

    private <E> HttpResponse<ApiError> handle(WebhookSource<E> source, HttpRequest<?> request, byte[] body) {
        var notConfigured = source.notConfigured();
        if (notConfigured.isPresent()) {
            return answer(HttpStatus.SERVICE_UNAVAILABLE, notConfigured.get());
        }
        E event;
        try {
            source.authenticate(request.getHeaders(), body);
            event = source.parse(body);
        } catch (WebhookRejected e) {
            return answer(e.status(), e.getMessage());
        }
        var ignored = source.ignored(event);
        if (ignored.isPresent()) {
            LOG.info("{} webhook: {}; acknowledged and ignored", source.name(), ignored.get());
            return answer(HttpStatus.ACCEPTED, ignored.get());
        }
        String deliveryId = source.deliveryId(request.getHeaders(), body, event);
        boolean fresh = inbound.accept(source.name(), deliveryId, source.eventType(event), stored.of(source, body))
                .isPresent();
        return answer(HttpStatus.ACCEPTED, fresh ? "accepted" : "duplicate delivery, already accepted");
    }

    static HttpResponse<ApiError> answer(HttpStatus status, String message) {
        return HttpResponse.<ApiError>status(status).body(new ApiError(message));
    }
}
