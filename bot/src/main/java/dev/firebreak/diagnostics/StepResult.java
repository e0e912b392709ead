package dev.firebreak.diagnostics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** What one step of a run did: its redacted output, or why it did not run. */
@Serdeable
@MappedEntity("runbook_step_result")
public record StepResult(
        @Id @GeneratedValue @Nullable Long id,
        Long runId,
        String stepId,
        StepStatus status,
        @Nullable String output,
        boolean truncated,
        @Nullable Long tookMs,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        @Nullable String approvalRef) {

    static StepResult pending(long runId, String stepId) {
        return new StepResult(null, runId, stepId, StepStatus.PENDING, null, false, null, null, null, null);
    }
}
