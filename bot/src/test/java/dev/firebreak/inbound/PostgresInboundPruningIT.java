package dev.firebreak.inbound;

import dev.firebreak.support.TestDatabases;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.Map;

/** Pruning of processed webhook deliveries on PostgreSQL, the production database. */
@MicronautTest(transactional = false)
class PostgresInboundPruningIT extends InboundPruningTest {
    @Override
    protected Map<String, String> extraProperties() {
        Map<String, String> p = new HashMap<>(super.extraProperties());
        p.putAll(TestDatabases.postgresFreshSchema());
        return p;
    }
}
