package dev.firebreak.jira;

import dev.firebreak.api.ApiError;
import dev.firebreak.inbound.InboundEvents;
import dev.firebreak.integrations.jira.JiraSettings;
import dev.firebreak.integrations.jira.JiraWebhookEvent;
import dev.firebreak.integrations.jira.JiraWebhookParser;
import dev.firebreak.integrations.jira.JiraWebhookSignature;
import dev.firebreak.integrations.jira.MalformedJiraWebhookException;
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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * {@code POST /webhooks/jira}. The {@code X-Hub-Signature} is checked on the raw body (missing or wrong: 401), the
 * delivery is stored and answered 202, and a repeat with the same {@code X-Atlassian-Webhook-Identifier} (or, without
 * one, the same body) changes nothing.
 */
@Controller("/webhooks/jira")
class JiraWebhookController {
    static final String SOURCE = "jira";
    static final String DELIVERY_HEADER = "X-Atlassian-Webhook-Identifier";

    private final JiraSettings settings;
    private final JiraWebhookSignature signature;
    private final JiraWebhookParser parser;
    private final InboundEvents inbound;

    JiraWebhookController(JiraSettings settings, JiraWebhookSignature signature, JiraWebhookParser parser, InboundEvents inbound) {
        this.settings = settings;
        this.signature = signature;
        this.parser = parser;
        this.inbound = inbound;
    }

    @Post(consumes = MediaType.ALL)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<ApiError> receive(HttpRequest<?> request, @Body byte[] body) {
        if (!settings.webhooksEnabled()) {
            return error(HttpStatus.SERVICE_UNAVAILABLE, "Jira webhooks are not configured: set JIRA_WEBHOOK_SECRET");
        }
        if (signature.verify(request.getHeaders().get(JiraWebhookSignature.HEADER), body) != JiraWebhookSignature.Result.VALID) {
            return error(HttpStatus.UNAUTHORIZED, "Missing or wrong " + JiraWebhookSignature.HEADER);
        }
        JiraWebhookEvent event;
        try {
            event = parser.parse(body);
        } catch (MalformedJiraWebhookException e) {
            return error(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        String id = request.getHeaders().get(DELIVERY_HEADER);
        String deliveryId = id == null || id.isBlank() ? "sha256:" + sha256(body) : id.trim();
        boolean fresh = inbound.accept(SOURCE, deliveryId, event.webhookEvent(), new String(body, StandardCharsets.UTF_8)).isPresent();
        return HttpResponse.accepted().body(new ApiError(fresh ? "accepted" : "duplicate delivery, already accepted"));
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    private static HttpResponse<ApiError> error(HttpStatus status, String message) {
        return HttpResponse.<ApiError>status(status).body(new ApiError(message));
    }
}
