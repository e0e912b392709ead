package dev.firebreak.webhook;

import io.micronaut.http.HttpHeaders;
import java.util.Optional;

/**
 * What differs between webhook senders; {@link WebhookIntake} does the rest (enabled check, order of the checks,
 * storing once, answering). One bean per sender, served at {@code POST /webhooks/<name>}.
 *
 * @param <E> the parsed event
 */
public interface WebhookSource<E> {

    /** The path segment and stored source: {@code pagerduty}, {@code alertmanager}, {@code jira}. */
    String name();

    /** Empty when configured; otherwise the 503 answer, naming the setting to set. */
    Optional<String> notConfigured();

    /** Checks the sender on the raw body; throws the 400/401 answer when it is not who it claims. */
    void authenticate(HttpHeaders headers, byte[] body) throws WebhookRejected;

    /** Parses the raw body; throws the 400 answer when it is not this sender's webhook. */
    E parse(byte[] body) throws WebhookRejected;

    /** The same for a redelivery of this delivery, computed on the raw body (before anything is masked). */
    String deliveryId(HttpHeaders headers, byte[] body, E event);

    /** What kind of event it is, as stored. */
    String eventType(E event);

    /** Why this event is acknowledged without being stored (an event type nothing handles), or empty. */
    default Optional<String> ignored(E event) {
        return Optional.empty();
    }
}
