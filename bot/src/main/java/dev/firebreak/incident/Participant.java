package dev.firebreak.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A person working the incident, with the role they hold, if any. */
@Serdeable
@MappedEntity("participant")
public record Participant(
        @Id @GeneratedValue @Nullable Long id,
        Long incidentId,
        String userId,
        @Nullable Role role,
        Instant joinedAt) {}
