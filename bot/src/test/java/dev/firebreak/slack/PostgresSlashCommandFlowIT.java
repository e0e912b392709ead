package dev.firebreak.slack;

import dev.firebreak.support.TestDatabases;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.Map;

/** The whole slash-command flow on PostgreSQL, the production database. */
@MicronautTest(transactional = false)
class PostgresSlashCommandFlowIT extends SlashCommandFlowTest {
    @Override
    protected Map<String, String> extraProperties() {
        return TestDatabases.postgresFreshSchema();
    }
}
