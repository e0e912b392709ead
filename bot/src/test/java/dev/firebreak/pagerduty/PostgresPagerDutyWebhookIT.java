package dev.firebreak.pagerduty;

import dev.firebreak.support.TestDatabases;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.Map;

/** PagerDuty intake on PostgreSQL, the production database. */
@MicronautTest(transactional = false)
class PostgresPagerDutyWebhookIT extends PagerDutyWebhookTest {
    @Override
    protected Map<String, String> extraProperties() {
        Map<String, String> p = new HashMap<>(super.extraProperties());
        p.putAll(TestDatabases.postgresFreshSchema());
        return p;
    }
}
