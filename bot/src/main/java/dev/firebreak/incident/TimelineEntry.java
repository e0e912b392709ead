package dev.firebreak.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * One append-only timeline entry. {@code occurredAt} is when it happened (a pinned message keeps its original
 * time); {@code dedupKey} makes a redelivered event land once.
 */
@Serdeable
@MappedEntity("timeline_entry")
public record TimelineEntry(
        @Id @GeneratedValue @Nullable Long id,
        Long incidentId,
        Instant occurredAt,
        Instant recordedAt,
        String actor,
        TimelineKind kind,
        String source,
        String text,
        @Nullable String dedupKey) {

    public static TimelineEntry of(long incidentId, Instant at, String actor, TimelineKind kind, TimelineSource source,
            String text) {
        return new TimelineEntry(null, incidentId, at, at, actor, kind, source.label(), text, null);
    }
}
