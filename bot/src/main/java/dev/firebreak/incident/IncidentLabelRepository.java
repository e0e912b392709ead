package dev.firebreak.incident;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface IncidentLabelRepository extends GenericRepository<IncidentLabel, Long> {

    IncidentLabel save(IncidentLabel label);

    List<IncidentLabel> findByIncidentIdOrderByName(Long incidentId);
}
