package dev.firebreak.webhook;

import dev.firebreak.incident.SecretMasking;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is kept of a webhook body: the body with its secrets masked, so a password in an alert annotation or an issue
 * comment is not readable from the database. The masked body must still parse, because it is what the handlers read
 * later; when masking the whole text would break the JSON, each string value is masked on its own instead.
 */
@Singleton
class StoredPayload {
    private final SecretMasking masking;
    private final JsonMapper json;

    StoredPayload(SecretMasking masking, JsonMapper json) {
        this.masking = masking;
        this.json = json;
    }

    String of(WebhookSource<?> source, byte[] body) {
        String raw = new String(body, StandardCharsets.UTF_8);
        String masked = masking.mask(raw);
        if (parses(source, masked)) {
            return masked;
        }
        try {
            return new String(json.writeValueAsBytes(maskValues(json.readValue(body, JsonNode.class))),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            // It parsed a moment ago; if it cannot be written back, keep nothing readable rather than the raw body.
            throw new IllegalStateException("cannot store a masked " + source.name() + " webhook body", e);
        }
    }

    private static boolean parses(WebhookSource<?> source, String masked) {
        try {
            source.parse(masked.getBytes(StandardCharsets.UTF_8));
            return true;
        } catch (WebhookRejected | RuntimeException e) {
            return false;
        }
    }

    private JsonNode maskValues(JsonNode node) {
        if (node.isString()) {
            return JsonNode.createStringNode(masking.mask(node.getStringValue()));
        }
        if (node.isArray()) {
            List<JsonNode> items = new java.util.ArrayList<>();
            node.values().forEach(v -> items.add(maskValues(v)));
            return JsonNode.createArrayNode(items);
        }
        if (node.isObject()) {
            Map<String, JsonNode> fields = new LinkedHashMap<>();
            node.entries().forEach(e -> fields.put(e.getKey(), maskValues(e.getValue())));
            return JsonNode.createObjectNode(fields);
        }
        return node;
    }
}
