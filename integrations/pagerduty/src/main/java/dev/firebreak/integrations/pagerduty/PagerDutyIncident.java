package dev.firebreak.integrations.pagerduty;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * An incident as V3 webhooks carry it in {@code event.data}; {@link PagerDutyClient#getIncident} returns the same
 * shape. {@code priority} is null on accounts without priorities and on incidents nobody prioritised.
 */
@Serdeable
public record PagerDutyIncident(
        String id,
        @Nullable Long number,
        @Nullable String title,
        @Nullable String status,
        @Nullable String urgency,
        @Nullable PagerDutyReference priority,
        @JsonProperty("html_url") @Nullable String htmlUrl,
        @Nullable PagerDutyReference service,
        @Nullable List<PagerDutyReference> assignees,
        @JsonProperty("escalation_policy") @Nullable PagerDutyReference escalationPolicy) {

    public PagerDutyIncident {
        assignees = assignees == null ? List.of() : List.copyOf(assignees);
    }
}
