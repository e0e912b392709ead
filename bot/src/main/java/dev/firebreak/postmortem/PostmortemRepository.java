package dev.firebreak.postmortem;

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
public interface PostmortemRepository extends GenericRepository<Postmortem, Long> {

    Postmortem save(Postmortem postmortem);

    Optional<Postmortem> findByIncidentId(Long incidentId);

    List<Postmortem> findByIssueKeyIsNotNull();

    void updateCreateAttemptedAt(@Id Long id, @Nullable Instant createAttemptedAt);

    // Explicit: a property named "draftedBy" reads as an ORDER BY to the method-name parser.
    @Query("UPDATE postmortem SET issue_key = :issueKey, drafted_by = :draftedBy, updated_at = :updatedAt WHERE id = :id")
    void recordIssue(Long id, String issueKey, @Nullable String draftedBy, Instant updatedAt);

    /** Incidents resolved since {@code since} that have no postmortem yet: the ones to draft automatically. */
    @Query("SELECT i.id FROM incident i WHERE i.status = 'RESOLVED' AND i.resolved_at >= :since "
            + "AND NOT EXISTS (SELECT 1 FROM postmortem p WHERE p.incident_id = i.id) ORDER BY i.id")
    List<Long> findResolvedWithoutPostmortem(Instant since);
}
