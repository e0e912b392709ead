package dev.firebreak.postmortem;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * An incident's postmortem and its tracker issue. {@code trackerLabel} is stored before the first create and sent
 * with it; {@code createAttemptedAt} says a create may have reached the tracker, so it must be looked up first.
 */
@MappedEntity("postmortem")
public record Postmortem(
        @Id @GeneratedValue @Nullable Long id,
        Long incidentId,
        String trackerLabel,
        @Nullable String issueKey,
        @Nullable Instant createAttemptedAt,
        String requestedBy,
        @Nullable String draftedBy,
        Instant createdAt,
        Instant updatedAt) {}
