package dev.firebreak.integrations.pagerduty;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Reads a V3 webhook body into a {@link PagerDutyWebhookEvent}. The envelope is read as a tree first so that the
 * {@code data} of event types we do not model (services, future additions) can never make parsing fail.
 */
@Singleton
public class PagerDutyWebhookParser {
    private final ObjectMapper mapper;

    public PagerDutyWebhookParser(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** @throws MalformedWebhookException if the body is not JSON or lacks {@code event}, its id or event_type */
    public PagerDutyWebhookEvent parse(byte[] body) {
        JsonNode root;
        try {
            root = mapper.readValue(body, JsonNode.class);
        } catch (IOException | RuntimeException e) {
            throw new MalformedWebhookException("body is not valid JSON", e);
        }
        JsonNode event = root == null || !root.isObject() ? null : root.get("event");
        if (event == null || !event.isObject()) {
            throw new MalformedWebhookException("missing object 'event'");
        }
        String eventType = requiredText(event, "event_type");
        String id = requiredText(event, "id");
        JsonNode data = objectOrNull(event, "data");
        String dataType = data == null ? null : text(data, "type");

        PagerDutyIncident incident = null;
        PagerDutyReference incidentRef = null;
        String noteContent = null;
        if ("incident".equals(dataType)) {
            incident = read(data, PagerDutyIncident.class, "event.data");
            requireId(incident.id(), "event.data.id");
            incidentRef = new PagerDutyReference(incident.id(), incident.title(), "incident_reference");
        } else if (data != null && objectOrNull(data, "incident") != null) {
            // incident_note, incident_responder and incident_status_update point at their incident.
            incidentRef = read(data.get("incident"), PagerDutyReference.class, "event.data.incident");
            requireId(incidentRef.id(), "event.data.incident.id");
        }
        if ("incident_note".equals(dataType)) {
            noteContent = text(data, "content");
        }
        JsonNode agent = objectOrNull(event, "agent");
        return new PagerDutyWebhookEvent(
                id,
                eventType,
                text(event, "resource_type"),
                instant(event, "occurred_at"),
                agent == null ? null : read(agent, PagerDutyReference.class, "event.agent"),
                incident,
                incidentRef,
                noteContent);
    }

    private <T> T read(JsonNode node, Class<T> type, String where) {
        T value;
        try {
            value = mapper.readValueFromTree(node, type);
        } catch (IOException | RuntimeException e) {
            throw new MalformedWebhookException("unreadable '" + where + "': " + e.getMessage(), e);
        }
        if (value == null) {
            throw new MalformedWebhookException("unreadable '" + where + "'");
        }
        return value;
    }

    private static void requireId(@Nullable String id, String where) {
        if (id == null || id.isBlank()) {
            throw new MalformedWebhookException("missing string '" + where + "'");
        }
    }

    private static String requiredText(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null || value.isBlank()) {
            throw new MalformedWebhookException("missing string 'event." + field + "'");
        }
        return value;
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? value.getStringValue() : null;
    }

    private static @Nullable JsonNode objectOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isObject() ? value : null;
    }

    private static @Nullable Instant instant(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new MalformedWebhookException("'event." + field + "' is not an ISO 8601 instant: " + value, e);
        }
    }
}
