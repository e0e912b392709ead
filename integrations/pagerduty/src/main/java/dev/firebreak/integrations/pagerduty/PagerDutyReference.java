package dev.firebreak.integrations.pagerduty;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * PagerDuty's reference to another object: a user, service, escalation policy, priority, incident.
 * {@code type} is PagerDuty's own, such as {@code user_reference}; {@code summary} is its display name.
 */
@Serdeable
public record PagerDutyReference(String id, @Nullable String summary, @Nullable String type) {}
