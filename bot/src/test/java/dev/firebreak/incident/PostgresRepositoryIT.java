package dev.firebreak.incident;

import dev.firebreak.support.TestDatabases;
import java.util.Map;

/** The same contract on a real PostgreSQL (started by .ci/run). */
class PostgresRepositoryIT extends RepositoryContract {
    @Override
    Map<String, String> database() {
        return TestDatabases.postgresFreshSchema();
    }
}
