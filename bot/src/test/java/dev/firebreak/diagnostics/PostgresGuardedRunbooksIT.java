package dev.firebreak.diagnostics;

import dev.firebreak.support.TestDatabases;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.Map;

/** Runs and approval decisions on PostgreSQL: a step is decided once, in the database. */
@MicronautTest(transactional = false)
class PostgresGuardedRunbooksIT extends GuardedRunbooksTest {
    @Override
    protected Map<String, String> extraProperties() {
        Map<String, String> p = new HashMap<>(super.extraProperties());
        p.putAll(TestDatabases.postgresFreshSchema());
        return p;
    }
}
