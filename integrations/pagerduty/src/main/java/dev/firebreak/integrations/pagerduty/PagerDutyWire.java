package dev.firebreak.integrations.pagerduty;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Request and response bodies of the REST API v2, kept to the fields we use. Not part of our API. */
final class PagerDutyWire {
    private PagerDutyWire() {}

    @Serdeable
    record UserEnvelope(PagerDutyUser user) {}

    @Serdeable
    record UserPage(@Nullable List<PagerDutyUser> users, @Nullable Boolean more) {}

    @Serdeable
    record EscalationPolicyPage(
            @JsonProperty("escalation_policies") @Nullable List<PagerDutyReference> escalationPolicies,
            @Nullable Boolean more) {}

    @Serdeable
    record IncidentEnvelope(Incident incident) {}

    /** The REST incident differs from the webhook one: {@code incident_number}, and assignments wrap assignees. */
    @Serdeable
    record Incident(
            String id,
            @JsonProperty("incident_number") @Nullable Long number,
            @Nullable String title,
            @Nullable String status,
            @Nullable String urgency,
            @Nullable PagerDutyReference priority,
            @JsonProperty("html_url") @Nullable String htmlUrl,
            @Nullable PagerDutyReference service,
            @Nullable List<Assignment> assignments,
            @JsonProperty("escalation_policy") @Nullable PagerDutyReference escalationPolicy) {

        PagerDutyIncident toIncident() {
            List<PagerDutyReference> assignees = assignments == null
                    ? List.of()
                    : assignments.stream().map(Assignment::assignee).filter(a -> a != null).toList();
            return new PagerDutyIncident(
                    id, number, title, status, urgency, priority, htmlUrl, service, assignees, escalationPolicy);
        }
    }

    @Serdeable
    record Assignment(@Nullable PagerDutyReference assignee) {}

    @Serdeable
    record IncidentUpdateRequest(IncidentUpdate incident) {}

    @Serdeable
    record IncidentUpdate(String type, String status) {}

    @Serdeable
    record NoteRequest(NoteContent note) {}

    @Serdeable
    record NoteContent(String content) {}

    @Serdeable
    record NoteEnvelope(@Nullable Note note) {}

    @Serdeable
    record Note(@Nullable String id, String content) {}

    @Serdeable
    record NoteList(@Nullable List<Note> notes) {}

    @Serdeable
    record ResponderRequest(
            @JsonProperty("requester_id") String requesterId,
            String message,
            @JsonProperty("responder_request_targets") List<TargetWrapper> targets) {}

    /** PagerDuty wants each target wrapped in its own object; its OpenAPI spec omits the wrapper. */
    @Serdeable
    record TargetWrapper(@JsonProperty("responder_request_target") Target target) {}

    @Serdeable
    record Target(String id, String type) {}

    @Serdeable
    record ErrorEnvelope(@Nullable ErrorBody error) {}

    @Serdeable
    record ErrorBody(@Nullable String message, @Nullable Integer code, @Nullable List<String> errors) {}
}
