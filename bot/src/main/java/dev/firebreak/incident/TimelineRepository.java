package dev.firebreak.incident;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** Append-only: there is deliberately no update or delete. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface TimelineRepository extends GenericRepository<TimelineEntry, Long> {

    TimelineEntry save(TimelineEntry entry);

    boolean existsByIncidentIdAndDedupKey(Long incidentId, String dedupKey);

    @Query("SELECT * FROM timeline_entry WHERE incident_id = :incidentId ORDER BY occurred_at, id")
    List<TimelineEntry> findTimeline(Long incidentId);
}
