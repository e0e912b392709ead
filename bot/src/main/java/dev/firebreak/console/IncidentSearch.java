package dev.firebreak.console;

import dev.firebreak.incident.Incident;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** The console's list query: every filter optional, newest first, one page at a time. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface IncidentSearch extends GenericRepository<Incident, Long> {
    String WHERE = " WHERE (CAST(:status AS VARCHAR) IS NULL OR status = :status)"
            + " AND (CAST(:severity AS VARCHAR) IS NULL OR severity = :severity)"
            + " AND (CAST(:source AS VARCHAR) IS NULL OR source = :source)"
            + " AND (CAST(:service AS VARCHAR) IS NULL OR service = :service)"
            + " AND (CAST(:pattern AS VARCHAR) IS NULL OR LOWER(title) LIKE :pattern ESCAPE '\\'"
            + " OR LOWER(COALESCE(description, '')) LIKE :pattern ESCAPE '\\')";

    @Query("SELECT * FROM incident" + WHERE + " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
    List<Incident> find(@Nullable String status, @Nullable String severity, @Nullable String source,
            @Nullable String service, @Nullable String pattern, int limit, long offset);

    @Query("SELECT COUNT(*) FROM incident" + WHERE)
    long count(@Nullable String status, @Nullable String severity, @Nullable String source,
            @Nullable String service, @Nullable String pattern);

    @Query("SELECT DISTINCT source FROM incident ORDER BY source")
    List<String> sources();

    @Query("SELECT DISTINCT service FROM incident WHERE service IS NOT NULL ORDER BY service")
    List<String> services();
}
