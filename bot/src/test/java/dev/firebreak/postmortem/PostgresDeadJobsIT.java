package dev.firebreak.postmortem;

import dev.firebreak.support.TestDatabases;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.Map;

/** Dead jobs on PostgreSQL, the production database: parked in the year 9999, listed, retried. */
@MicronautTest(transactional = false)
class PostgresDeadJobsIT extends DeadJobsTest {
    @Override
    protected Map<String, String> extraProperties() {
        Map<String, String> p = new HashMap<>(super.extraProperties());
        p.putAll(TestDatabases.postgresFreshSchema());
        return p;
    }
}
