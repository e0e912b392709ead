package dev.firebreak.alertmanager;

import dev.firebreak.api.ApiError;
import dev.firebreak.inbound.InboundEvents;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * {@code POST /webhooks/alertmanager}. Answers 202 once the notification is stored; incidents, channels and
 * timeline entries follow as jobs.
 */
@Controller("/webhooks/alertmanager")
class AlertmanagerWebhookController {
    static final String SOURCE = "alertmanager";
    private static final String BEARER = "Bearer ";

    private final AlertmanagerSettings settings;
    private final InboundEvents inbound;
    private final JsonMapper json;

    AlertmanagerWebhookController(AlertmanagerSettings settings, InboundEvents inbound, JsonMapper json) {
        this.settings = settings;
        this.inbound = inbound;
        this.json = json;
    }

    @Post(consumes = MediaType.ALL)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<?> receive(HttpRequest<?> request, @Body byte[] body) {
        if (!settings.enabled()) {
            return error(HttpStatus.SERVICE_UNAVAILABLE, "Alertmanager intake is not configured: set ALERTMANAGER_WEBHOOK_TOKEN");
        }
        String auth = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (auth == null || !auth.startsWith(BEARER) || !MessageDigest.isEqual(
                settings.webhookToken().getBytes(StandardCharsets.UTF_8),
                auth.substring(BEARER.length()).trim().getBytes(StandardCharsets.UTF_8))) {
            return error(HttpStatus.UNAUTHORIZED, "Missing or wrong bearer token (ALERTMANAGER_WEBHOOK_TOKEN)");
        }
        AlertmanagerPayload payload;
        try {
            payload = json.readValue(body, AlertmanagerPayload.class);
        } catch (IOException | RuntimeException e) {
            return error(HttpStatus.BAD_REQUEST, "Not an Alertmanager webhook body: " + firstLine(e.getMessage()));
        }
        String problem = payload == null ? "empty body" : payload.problem();
        if (problem != null) {
            return error(HttpStatus.BAD_REQUEST, "Not an Alertmanager webhook body: " + problem);
        }
        // Alertmanager has no delivery id; a retried notification is byte-for-byte the same.
        boolean fresh = inbound.accept(SOURCE, sha256(body), payload.status() == null ? "unknown" : payload.status(),
                new String(body, StandardCharsets.UTF_8)).isPresent();
        return HttpResponse.accepted().body(new ApiError(fresh ? "accepted" : "duplicate delivery, already accepted"));
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable JSON" : message.split("\n", 2)[0];
    }

    private static HttpResponse<ApiError> error(HttpStatus status, String message) {
        return HttpResponse.<ApiError>status(status).body(new ApiError(message));
    }
}
