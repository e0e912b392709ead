package dev.firebreak.alertmanager;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.incident.IncidentRepository;
import dev.firebreak.support.AppTestBase;
import dev.firebreak.support.Eventually;
import dev.firebreak.webhook.BodyHash;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** What a webhook leaves in the database: its secrets masked, keyed by the raw body; and how long it took. */
@MicronautTest(transactional = false)
class StoredWebhookTest extends AppTestBase {
    private static final String TOKEN = "am-webhook-token";

    @Inject
    DataSource dataSource;

    @Inject
    IncidentRepository incidents;

    @Inject
    MeterRegistry meters;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("firebreak.alertmanager.webhook-token", TOKEN);
    }

    @Test
    void aPlantedSecretIsNotReadableFromTheDatabaseAndTheAlertStillOpensItsIncident() throws Exception {
        String body = AlertmanagerSamples.read(AlertmanagerSamples.FIRING).replace("Pod is crash looping.",
                "Pod is crash looping. DSN has password=hunter2, key AKIAIOSFODNN7EXAMPLE");
        assertThat(body).contains("hunter2");

        assertThat(deliver(body).statusCode()).isEqualTo(202);
        assertThat(deliver(body).body()).as("the redelivery is known by the raw body").contains("duplicate delivery");

        List<String[]> rows = rows("SELECT delivery_id, payload FROM inbound_event WHERE source = 'alertmanager'");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)[0]).isEqualTo(BodyHash.sha256(body.getBytes(StandardCharsets.UTF_8)));
        assertThat(rows.get(0)[1]).contains("crash looping").doesNotContain("hunter2").doesNotContain("AKIAIOSFODNN7EXAMPLE");
        Eventually.await("incident opened from the stored body",
                () -> incidents.findAllOrderByCreatedAtDesc().stream().anyMatch(i -> i.title().contains("KubePodCrashLooping")));
    }

    @Test
    void handlingTimeIsRecordedPerSource() {
        long before = count();

        deliver("{\"not\":\"alertmanager\"}");
        deliver(AlertmanagerSamples.read(AlertmanagerSamples.RESOLVED));

        assertThat(count() - before).isEqualTo(2);
    }

    private long count() {
        var timer = meters.find("firebreak.webhook.handling").tag("source", "alertmanager").timer();
        return timer == null ? 0 : timer.count();
    }

    private HttpResponse<String> deliver(String body) {
        return send(HttpRequest.newBuilder(uri("/webhooks/alertmanager")).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private List<String[]> rows(String sql) throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection(); PreparedStatement s = c.prepareStatement(sql);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                rows.add(new String[] {r.getString(1), r.getString(2)});
            }
        }
        return rows;
    }
}
