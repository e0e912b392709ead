package dev.firebreak.console;

import dev.firebreak.incident.TimelineEntry;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** Timeline entries recorded after the last one a page has shown: what the live stream sends next. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface TimelineAfter extends GenericRepository<TimelineEntry, Long> {
    @Query("SELECT * FROM timeline_entry WHERE incident_id = :incidentId AND id > :afterId ORDER BY id LIMIT 200")
    List<TimelineEntry> after(long incidentId, long afterId);
}
