package dev.firebreak.summary;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface LlmExchangeRepository extends GenericRepository<LlmExchange, Long> {

    LlmExchange save(LlmExchange exchange);

    List<LlmExchange> findByIncidentIdOrderByAt(Long incidentId);
}
