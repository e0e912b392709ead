package dev.firebreak.diagnostics;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface RunbookRunRepository extends GenericRepository<RunbookRun, Long> {

    RunbookRun save(RunbookRun run);

    Optional<RunbookRun> findById(Long id);

    List<RunbookRun> findByIncidentIdOrderByStartedAt(Long incidentId);

    void updateThreadRef(@Id Long id, String threadRef);

    void updateStatusAndFinishedAt(@Id Long id, RunStatus status, @Nullable Instant finishedAt);
}
