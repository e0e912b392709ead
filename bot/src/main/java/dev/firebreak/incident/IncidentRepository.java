package dev.firebreak.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Incidents. Updates touch only the columns they change, so concurrent commands do not overwrite each other. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface IncidentRepository extends GenericRepository<Incident, Long> {

    Incident save(Incident incident);

    Optional<Incident> findById(Long id);

    Optional<Incident> findByChannelId(String channelId);

    Optional<Incident> findByExternalKey(String externalKey);

    List<Incident> findByExternalKeyStartsWithOrderByIdDesc(String externalKeyPrefix);

    List<Incident> findAllOrderByCreatedAtDesc();

    List<Incident> findByChannelIdIsNullAndStatusNotEqual(IncidentStatus status);

    List<Incident> findByStatusNotEqualOrderByCreatedAt(IncidentStatus status);

    void updateStatus(@Id Long id, IncidentStatus status, @Nullable Instant resolvedAt, Instant updatedAt);

    void updateSeverity(@Id Long id, Severity severity, Instant updatedAt);

    void updateChannelIdAndChannelName(@Id Long id, String channelId, String channelName);

    void updateHeaderRef(@Id Long id, String headerRef);
}
