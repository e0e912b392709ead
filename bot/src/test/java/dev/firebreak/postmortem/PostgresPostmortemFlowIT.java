package dev.firebreak.postmortem;

import dev.firebreak.support.TestDatabases;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.Map;

/** The postmortem and action flow on PostgreSQL, the production database. */
@MicronautTest(transactional = false)
class PostgresPostmortemFlowIT extends PostmortemFlowTest {
    @Override
    protected Map<String, String> extraProperties() {
        Map<String, String> p = new HashMap<>(super.extraProperties());
        p.putAll(TestDatabases.postgresFreshSchema());
        return p;
    }
}
