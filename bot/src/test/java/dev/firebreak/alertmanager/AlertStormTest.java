package dev.firebreak.alertmanager;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentRepository;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.TimelineKind;
import dev.firebreak.support.AppTestBase;
import dev.firebreak.support.Eventually;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** 500 notifications for 20 groups within 10 seconds: 20 incidents, 20 channels, every alert kept, Slack paced. */
@MicronautTest(transactional = false)
class AlertStormTest extends AppTestBase {
    private static final int GROUPS = 20;
    private static final int PER_GROUP = 25;

    @Inject
    IncidentRepository incidents;

    @Inject
    IncidentService service;

    @Override
    protected Map<String, String> extraProperties() {
        // A burst of 5, then one channel every 250 ms: the storm must queue behind the pacing, not fail.
        return Map.of("firebreak.alertmanager.webhook-token", AlertmanagerWebhookTest.TOKEN,
                "firebreak.slack.channel-create-burst", "5",
                "firebreak.slack.channel-creates-per-minute", "240");
    }

    @Test
    void aStormOpensOneChannelPerGroupAndLosesNoAlert() throws Exception {
        long start = System.nanoTime();
        ExecutorService senders = Executors.newFixedThreadPool(8);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int n = 0; n < PER_GROUP; n++) {
            for (int g = 0; g < GROUPS; g++) {
                String body = AlertmanagerSamples.storm(g, n);
                statuses.add(senders.submit(() -> send(HttpRequest.newBuilder(uri("/webhooks/alertmanager"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + AlertmanagerWebhookTest.TOKEN)
                        .POST(HttpRequest.BodyPublishers.ofString(body))).statusCode()));
            }
        }
        for (Future<Integer> s : statuses) {
            assertThat(s.get()).isEqualTo(202);
        }
        senders.shutdown();
        long acceptedMs = (System.nanoTime() - start) / 1_000_000;

        Eventually.await("20 channels", Duration.ofSeconds(60), () -> stormIncidents().stream().filter(i -> i.headerRef() != null).count() == GROUPS);
        long channelsMs = (System.nanoTime() - start) / 1_000_000;
        Eventually.await("every alert in its timeline", Duration.ofSeconds(60), () -> stormIncidents().stream()
                .allMatch(i -> firing(i) == PER_GROUP));
        long alertsMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(stormIncidents()).hasSize(GROUPS);
        List<LoggedRequest> creates = slack.awaitCalls("conversations.create", GROUPS);
        assertThat(creates).hasSize(GROUPS);
        List<Long> times = creates.stream().map(r -> r.getLoggedDate().getTime()).sorted().collect(Collectors.toList());
        long spanMs = times.get(times.size() - 1) - times.get(0);
        // 15 channels after the burst of 5, one per 250 ms: at least ~3.75 s; allow for timer slack.
        assertThat(spanMs).as("channel creation was paced").isGreaterThanOrEqualTo(3_000);
        System.out.printf("storm: 500 notifications accepted in %d ms; 20 channels open after %d ms "
                + "(creation spread over %d ms by pacing); all 500 alerts in timelines after %d ms%n",
                acceptedMs, channelsMs, spanMs, alertsMs);
    }

    private List<Incident> stormIncidents() {
        return incidents.findAllOrderByCreatedAtDesc().stream().filter(i -> i.title().startsWith("StormAlert"))
                .collect(Collectors.toList());
    }

    private long firing(Incident incident) {
        return service.timeline(incident.id()).stream().filter(e -> e.kind() == TimelineKind.ALERT_FIRING).count();
    }
}
