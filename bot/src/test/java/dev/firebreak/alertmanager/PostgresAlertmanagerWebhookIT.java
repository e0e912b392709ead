package dev.firebreak.alertmanager;

import dev.firebreak.support.TestDatabases;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.Map;

/** Alert intake on PostgreSQL: the duplicate and race checks rely on its unique constraints. */
@MicronautTest(transactional = false)
class PostgresAlertmanagerWebhookIT extends AlertmanagerWebhookTest {
    @Override
    protected Map<String, String> extraProperties() {
        Map<String, String> p = new HashMap<>(super.extraProperties());
        p.putAll(TestDatabases.postgresFreshSchema());
        return p;
    }
}
