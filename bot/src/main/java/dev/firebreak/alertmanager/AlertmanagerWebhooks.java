package dev.firebreak.alertmanager;

import dev.firebreak.webhook.BodyHash;
import dev.firebreak.webhook.WebhookRejected;
import dev.firebreak.webhook.WebhookSource;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/** {@code POST /webhooks/alertmanager}: a bearer token, and the body hash as delivery id. */
@Singleton
class AlertmanagerWebhooks implements WebhookSource<AlertmanagerPayload> {
    static final String SOURCE = "alertmanager";
    private static final String BEARER = "Bearer ";

    private final AlertmanagerSettings settings;
    private final JsonMapper json;

    AlertmanagerWebhooks(AlertmanagerSettings settings, JsonMapper json) {
        this.settings = settings;
        this.json = json;
    }

    @Override
    public String name() {
        return SOURCE;
    }

    @Override
    public Optional<String> notConfigured() {
        return settings.enabled() ? Optional.empty()
                : Optional.of("Alertmanager intake is not configured: set ALERTMANAGER_WEBHOOK_TOKEN");
    }

    @Override
    public void authenticate(HttpHeaders headers, byte[] body) throws WebhookRejected {
        String auth = headers.get(HttpHeaders.AUTHORIZATION);
        if (auth == null || !auth.startsWith(BEARER) || !MessageDigest.isEqual(
                settings.webhookToken().getBytes(StandardCharsets.UTF_8),
                auth.substring(BEARER.length()).trim().getBytes(StandardCharsets.UTF_8))) {
            throw new WebhookRejected(HttpStatus.UNAUTHORIZED, "Missing or wrong bearer token (ALERTMANAGER_WEBHOOK_TOKEN)");
        }
    }

    @Override
    public AlertmanagerPayload parse(byte[] body) throws WebhookRejected {
        AlertmanagerPayload payload;
        try {
            payload = json.readValue(body, AlertmanagerPayload.class);
        } catch (IOException | RuntimeException e) {
            throw notAlertmanager(e.getMessage() == null ? "unreadable JSON" : e.getMessage().split("\n", 2)[0]);
        }
        String problem = payload == null ? "empty body" : payload.problem();
        if (problem != null) {
            throw notAlertmanager(problem);
        }
        return payload;
    }

    /** Alertmanager has no delivery id; a retried notification is byte-for-byte the same. */
    @Override
    public String deliveryId(HttpHeaders headers, byte[] body, AlertmanagerPayload payload) {
        return BodyHash.sha256(body);
    }

    @Override
    public String eventType(AlertmanagerPayload payload) {
        return payload.status() == null ? "unknown" : payload.status();
    }

    private static WebhookRejected notAlertmanager(String why) {
        return new WebhookRejected(HttpStatus.BAD_REQUEST, "Not an Alertmanager webhook body: " + why);
    }
}
