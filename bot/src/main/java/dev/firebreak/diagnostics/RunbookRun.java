package dev.firebreak.diagnostics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** One run of a runbook for an incident. {@code parameters} are the bound values, one {@code key=value} a line. */
@Serdeable
@MappedEntity("runbook_run")
public record RunbookRun(
        @Id @GeneratedValue @Nullable Long id,
        Long incidentId,
        String runbookId,
        String requestedBy,
        String cluster,
        String parameters,
        RunStatus status,
        @Nullable String threadRef,
        Instant startedAt,
        @Nullable Instant finishedAt) {}
