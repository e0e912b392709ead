package dev.firebreak.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ParticipantRepository extends GenericRepository<Participant, Long> {

    Participant save(Participant participant);

    List<Participant> findByIncidentIdOrderByJoinedAt(Long incidentId);

    Optional<Participant> findByIncidentIdAndUserId(Long incidentId, String userId);

    Optional<Participant> findByIncidentIdAndRole(Long incidentId, Role role);

    void updateRole(@Id Long id, @Nullable Role role);
}
