package dev.firebreak.diagnostics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface StepResultRepository extends GenericRepository<StepResult, Long> {

    StepResult save(StepResult result);

    List<StepResult> findByRunIdOrderById(Long runId);

    Optional<StepResult> findByRunIdAndStepId(Long runId, String stepId);

    StepResult update(StepResult result);

    /** Moves a step out of AWAITING_APPROVAL exactly once, however many people click at the same time. */
    @Query("UPDATE runbook_step_result SET status = :status, decided_by = :decidedBy, decided_at = :decidedAt "
            + "WHERE run_id = :runId AND step_id = :stepId AND status = 'AWAITING_APPROVAL'")
    long decide(Long runId, String stepId, StepStatus status, @Nullable String decidedBy, Instant decidedAt);

    void updateApprovalRef(@Id Long id, String approvalRef);
}
