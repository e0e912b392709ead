package dev.firebreak.postmortem;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A corrective action of an incident. {@code status} is ours (open/done), {@code trackerStatus} the tracker's own
 * status name as last seen, as of {@code trackerStatusAt} (the issue's last update then); {@code linkedTo} the postmortem issue it is linked to, once it is, or is being linked to
 * right now: it is claimed before the tracker is called, at {@code linkClaimedAt}.
 */
@Serdeable
@MappedEntity("corrective_action")
public record CorrectiveAction(
        @Id @GeneratedValue @Nullable Long id,
        Long incidentId,
        String text,
        @Nullable String ownerUserId,
        @Nullable LocalDate dueDate,
        @Nullable String priority,
        ActionStatus status,
        @Nullable String trackerStatus,
        @Nullable Instant trackerStatusAt,
        String trackerLabel,
        @Nullable String issueKey,
        @Nullable Instant createAttemptedAt,
        @Nullable String linkedTo,
        @Nullable Instant linkClaimedAt,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant lastRemindedAt) {

    public boolean overdue(LocalDate today) {
        return status == ActionStatus.OPEN && dueDate != null && dueDate.isBefore(today);
    }
}
