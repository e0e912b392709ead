package dev.firebreak.integrations.pagerduty;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * One V3 webhook event. Only incident events are modelled in detail; any other {@code eventType} still parses, with
 * the incident fields null, so the caller can acknowledge and ignore it.
 *
 * @param incident the full incident, for events whose {@code data.type} is {@code incident} (triggered,
 *     acknowledged, resolved, reassigned, escalated, priority_updated, ...)
 * @param incidentReference the incident the event is about, for every incident event: derived from {@code incident},
 *     or {@code data.incident} for notes, responders and status updates
 * @param noteContent {@code data.content} of {@code incident.annotated}; PagerDuty may trim long notes
 */
@Serdeable
public record PagerDutyWebhookEvent(
        String id,
        String eventType,
        @Nullable String resourceType,
        @Nullable Instant occurredAt,
        @Nullable PagerDutyReference agent,
        @Nullable PagerDutyIncident incident,
        @Nullable PagerDutyReference incidentReference,
        @Nullable String noteContent) {

    public static final String INCIDENT_TRIGGERED = "incident.triggered";
    public static final String INCIDENT_ACKNOWLEDGED = "incident.acknowledged";
    public static final String INCIDENT_RESOLVED = "incident.resolved";
    public static final String INCIDENT_REASSIGNED = "incident.reassigned";
    public static final String INCIDENT_ESCALATED = "incident.escalated";
    public static final String INCIDENT_PRIORITY_UPDATED = "incident.priority_updated";
    public static final String INCIDENT_ANNOTATED = "incident.annotated";

    public @Nullable String incidentId() {
        return incidentReference == null ? null : incidentReference.id();
    }
}
