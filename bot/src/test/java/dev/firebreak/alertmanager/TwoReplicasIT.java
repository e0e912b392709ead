package dev.firebreak.alertmanager;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentRepository;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.TimelineEntry;
import dev.firebreak.incident.TimelineKind;
import dev.firebreak.support.Eventually;
import dev.firebreak.support.Hmac;
import dev.firebreak.support.SlackStub;
import dev.firebreak.testdata.TestData;
import dev.firebreak.support.TestDatabases;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two Firebreak replicas on one PostgreSQL schema and one emulated Slack, as two pods behind a Service: an alert storm
 * and PagerDuty pages (each delivered twice) sent alternately to both, then one replica stopped mid-storm while the
 * senders retry on the other. Nothing is lost or done twice: one incident and one channel per group or page, every
 * accepted alert once in its timeline, each reminder once, and one schedule per recurring job.
 */
class TwoReplicasIT {
    private static final int GROUPS = 20;
    private static final int PER_GROUP = 10;
    private static final int PAGES = 3;
    private static final String PD_SECRET = "two-replicas-pd-secret";
    private static final Duration REMIND_EVERY = Duration.ofSeconds(4);

    private final SlackStub slack = new SlackStub();
    private final WireMockServer pagerDuty = new WireMockServer(options().dynamicPort());
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<EmbeddedServer> replicas = new ArrayList<>();
    // Taken at start: a stopped server no longer tells its port, and senders keep trying it.
    private final Map<EmbeddedServer, Integer> ports = new ConcurrentHashMap<>();

    @AfterEach
    void stop() {
        replicas.forEach(r -> r.getApplicationContext().close());
        slack.close();
        pagerDuty.stop();
    }

    @Test
    void twoReplicasShareTheWorkAndOneStoppingMidStormLosesNothing() throws Exception {
        pagerDuty.start();
        pagerDuty.stubFor(any(anyUrl()).willReturn(okJson("{\"notes\":[],\"note\":{\"id\":\"N1\",\"content\":\"x\"},"
                + "\"user\":{\"id\":\"PTUXL6G\",\"name\":\"User 123\",\"email\":\"user123@example.com\"}}")));
        slack.answer("users.lookupByEmail", "{\"user\":{\"id\":\"U0PAGED\"}}");
        Map<String, String> database = TestDatabases.postgresFreshSchema();
        EmbeddedServer a = start(database);
        EmbeddedServer b = start(database);

        List<String> notifications = new ArrayList<>();
        for (int n = 0; n < PER_GROUP; n++) {
            for (int g = 0; g < GROUPS; g++) notifications.add(AlertmanagerSamples.storm(g, n));
        }
        Map<Integer, Integer> acceptedPerGroup = new ConcurrentHashMap<>();
        AtomicInteger retriedOnOther = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(8);
        List<CompletableFuture<Void>> sent = new ArrayList<>();

        // First half of the storm, and every page twice (the same event, as PagerDuty retries it), to both replicas.
        for (int i = 0; i < notifications.size() / 2; i++) {
            sent.add(sendAlert(senders, notifications.get(i), i % 2 == 0 ? a : b, b, acceptedPerGroup, retriedOnOther));
        }
        for (int p = 0; p < PAGES; p++) {
            String page = page("PTWO" + p);
            assertThat(postPage(a, page)).isEqualTo(202);
            assertThat(postPage(b, page)).isEqualTo(202);
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();

        // Replica a stops while the second half arrives; what it refuses (503) or cannot take is sent to b.
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> a.getApplicationContext().close());
        sent.clear();
        for (int i = notifications.size() / 2; i < notifications.size(); i++) {
            sent.add(sendAlert(senders, notifications.get(i), i % 2 == 0 ? a : b, b, acceptedPerGroup, retriedOnOther));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
        stopping.join();
        senders.shutdown();

        IncidentRepository incidents = b.getApplicationContext().getBean(IncidentRepository.class);
        IncidentService service = b.getApplicationContext().getBean(IncidentService.class);
        assertThat(acceptedPerGroup.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(GROUPS * PER_GROUP);
        Eventually.await("a channel for every group and page", Duration.ofSeconds(60), () -> incidents.findAllOrderByCreatedAtDesc()
                .stream().filter(i -> i.headerRef() != null).count() == GROUPS + PAGES);
        List<Incident> all = incidents.findAllOrderByCreatedAtDesc();
        assertThat(all).hasSize(GROUPS + PAGES);
        assertThat(all.stream().map(Incident::channelId).distinct()).hasSize(GROUPS + PAGES);
        assertThat(all.stream().filter(i -> i.pagerIncidentId().isPresent())).hasSize(PAGES);
        assertThat(slack.count("conversations.create")).isEqualTo(GROUPS + PAGES);
        Eventually.await("every accepted alert once in its timeline", Duration.ofSeconds(60), () -> all.stream()
                .filter(i -> i.title().startsWith("StormAlert"))
                .allMatch(i -> count(service, i, TimelineKind.ALERT_FIRING) == PER_GROUP));

        // Quiet channels are reminded once per quiet spell, not once per replica.
        Eventually.await("reminders", Duration.ofSeconds(30), () -> all.stream()
                .allMatch(i -> count(service, i, TimelineKind.UPDATE_REMINDER) >= 1));
        for (Incident incident : all) {
            List<Instant> reminders = service.timeline(incident.id()).stream()
                    .filter(e -> e.kind() == TimelineKind.UPDATE_REMINDER).map(TimelineEntry::occurredAt).sorted().toList();
            for (int r = 1; r < reminders.size(); r++) {
                assertThat(Duration.between(reminders.get(r - 1), reminders.get(r))).as("reminders of #%d", incident.id())
                        .isGreaterThanOrEqualTo(REMIND_EVERY);
            }
        }
        assertThat(recurringSchedules(b)).containsOnly(Map.entry("reconcile-corrective-actions", 1),
                Map.entry("remind-overdue-actions", 1), Map.entry("draft-postmortems-on-resolve", 1),
                Map.entry("remind-quiet-incidents", 1), Map.entry("prune-inbound-events", 1));
        Eventually.await("no job left behind", Duration.ofSeconds(30), () -> dueOneTimeJobs(b) == 0);
        System.out.printf("two replicas: %d alerts accepted (%d re-sent to the other replica while one stopped), "
                + "%d incidents, %d channels%n", GROUPS * PER_GROUP, retriedOnOther.get(), all.size(),
                slack.count("conversations.create"));
    }

    private EmbeddedServer start(Map<String, String> database) {
        Map<String, Object> p = new HashMap<>(database);
        p.put("micronaut.server.port", "-1");
        p.put("firebreak.slack.api-url", slack.apiUrl());
        p.put("firebreak.slack.bot-token", "xoxb-test-token");
        p.put("firebreak.slack.signing-secret", "two-replicas-signing-secret");
        p.put("firebreak.slack.channel-create-burst", "25");
        p.put("firebreak.slack.channel-creates-per-minute", "600");
        p.put("firebreak.api.token", "two-replicas-api-token");
        p.put("firebreak.alertmanager.webhook-token", AlertmanagerWebhookTest.TOKEN);
        p.put("firebreak.pagerduty.webhook-secret", PD_SECRET);
        p.put("firebreak.pagerduty.api-url", pagerDuty.baseUrl());
        p.put("firebreak.pagerduty.api-token", "pd-token");
        p.put("firebreak.pagerduty.from-email", "firebreak@example.com");
        p.put("firebreak.jobs.polling-interval", "200ms");
        p.put("firebreak.jobs.first-retry", "100ms");
        p.put("firebreak.jobs.max-retry", "500ms");
        p.put("firebreak.jobs.shutdown-wait", "5s");
        p.put("firebreak.jobs.heartbeat-interval", "1s");
        p.put("firebreak.update-reminders.check-interval", "1s");
        p.put("firebreak.update-reminders.sev1", REMIND_EVERY.toSeconds() + "s");
        p.put("firebreak.update-reminders.sev2", REMIND_EVERY.toSeconds() + "s");
        p.put("firebreak.update-reminders.sev3", REMIND_EVERY.toSeconds() + "s");
        p.put("firebreak.postmortem.reconcile-interval", "2s");
        p.put("firebreak.postmortem.reminder-interval", "2s");
        EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, p);
        replicas.add(server);
        ports.put(server, server.getPort());
        return server;
    }

    /** Sends to {@code first}; when it refuses or is gone (a replica shutting down), to {@code other}, as a sender would. */
    private CompletableFuture<Void> sendAlert(ExecutorService senders, String body, EmbeddedServer first, EmbeddedServer other,
            Map<Integer, Integer> acceptedPerGroup, AtomicInteger retriedOnOther) {
        int group = Integer.parseInt(JsonParser.parseString(body).getAsJsonObject().getAsJsonObject("groupLabels")
                .get("service").getAsString().substring("svc-".length()));
        return CompletableFuture.runAsync(() -> {
            int status = postAlert(first, body);
            if (status != 202 && first != other) {
                retriedOnOther.incrementAndGet();
                status = postAlert(other, body);
            }
            if (status != 202) throw new AssertionError("alert refused by both replicas: " + status);
            acceptedPerGroup.merge(group, 1, Integer::sum);
        }, senders);
    }

    private int postAlert(EmbeddedServer replica, String body) {
        return post(replica, "/webhooks/alertmanager", body, Map.of("Authorization", "Bearer " + AlertmanagerWebhookTest.TOKEN));
    }

    private int postPage(EmbeddedServer replica, String body) {
        return post(replica, "/webhooks/pagerduty", body, Map.of("X-PagerDuty-Signature", "v1=" + hmac(body),
                "X-Webhook-Id", "w-" + UUID.nameUUIDFromBytes(body.getBytes(StandardCharsets.UTF_8))));
    }

    private int post(EmbeddedServer replica, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + ports.get(replica) + path))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (IOException e) {
            return -1; // the replica is gone: its listener closed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String page(String pdId) throws IOException {
        JsonObject body = JsonParser.parseString(Files.readString(TestData.resolve(
                "samples/pagerduty-webhooks-v3/docs_example_incident_priority_updated.json"))).getAsJsonObject();
        JsonObject event = body.getAsJsonObject("event");
        event.addProperty("event_type", "incident.triggered");
        event.addProperty("id", "evt-" + pdId);
        event.getAsJsonObject("data").addProperty("id", pdId);
        return body.toString();
    }

    private static long count(IncidentService service, Incident incident, TimelineKind kind) {
        return service.timeline(incident.id()).stream().filter(e -> e.kind() == kind).count();
    }

    private static Map<String, Integer> recurringSchedules(EmbeddedServer replica) throws Exception {
        Map<String, Integer> schedules = new HashMap<>();
        query(replica, "select task_name, count(*) from scheduled_tasks where task_instance = 'recurring' group by task_name",
                rs -> schedules.put(rs.getString(1), rs.getInt(2)));
        return schedules;
    }

    private static long dueOneTimeJobs(EmbeddedServer replica) {
        long[] due = {0};
        try {
            query(replica, "select count(*) from scheduled_tasks where task_instance <> 'recurring' and execution_time <= now()",
                    rs -> due[0] = rs.getLong(1));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return due[0];
    }

    private interface Row {
        void read(ResultSet rs) throws Exception;
    }

    private static void query(EmbeddedServer replica, String sql, Row row) throws Exception {
        DataSource ds = DelegatingDataSource.unwrapDataSource(replica.getApplicationContext().getBean(DataSource.class));
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) row.read(rs);
        }
    }

    private static String hmac(String body) {
        return Hmac.sha256Hex(PD_SECRET, body);
    }
}
