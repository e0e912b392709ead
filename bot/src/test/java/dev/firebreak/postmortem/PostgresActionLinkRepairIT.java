package dev.firebreak.postmortem;

import dev.firebreak.support.TestDatabases;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.Map;

/** The link repair on PostgreSQL, where the claim's timestamp comparisons run as in production. */
@MicronautTest(transactional = false)
class PostgresActionLinkRepairIT extends ActionLinkRepairTest {
    @Override
    protected Map<String, String> extraProperties() {
        Map<String, String> p = new HashMap<>(super.extraProperties());
        p.putAll(TestDatabases.postgresFreshSchema());
        return p;
    }
}
