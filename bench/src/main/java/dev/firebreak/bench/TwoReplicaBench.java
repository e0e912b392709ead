package dev.firebreak.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Two Firebreak jars on one PostgreSQL schema and one Slack stub, as two replicas behind a Service: an Alertmanager
 * storm sent alternately to both, one jar stopped (SIGTERM, or SIGKILL with {@code --kill}) once half of the storm is
 * in, and whatever it refuses or cannot take re-sent to the other. Prints what was accepted, the incidents' channels,
 * duplicates, and the time until every group had its channel and header.
 *
 * <pre>java -cp bench/target/classes dev.firebreak.bench.TwoReplicaBench [--notifications 200] [--groups 20] [--kill]</pre>
 *
 * Needs a PostgreSQL (`.ci/postgres-start`: jdbc:postgresql://localhost:5432/firebreak_test, firebreak/firebreak; or
 * FIREBREAK_TEST_PG_URL, _USER, _PASSWORD) and {@code psql} to create a fresh schema for the run.
 */
public final class TwoReplicaBench {
    private static final String BOT_TOKEN = "xoxb-bench-0000000000";
    private static final Duration STARTUP = Duration.ofSeconds(120);
    private static final Duration DRAIN = Duration.ofSeconds(120);

    public static void main(String[] args) throws Exception {
        int notifications = 200;
        int groups = 20;
        boolean hardKill = false;
        Path jar = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--notifications" -> notifications = BenchArgs.positive(args[i], ++i < args.length ? args[i] : null);
                case "--groups" -> groups = BenchArgs.positive(args[i], ++i < args.length ? args[i] : null);
                case "--jar" -> jar = Path.of(BenchArgs.required(args[i], ++i < args.length ? args[i] : null));
                case "--kill" -> hardKill = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; usage: TwoReplicaBench [--notifications N] [--groups N] [--jar PATH] [--kill]");
            }
        }
        if (jar == null) jar = BenchArgs.defaultJar();
        String pgUrl = env("FIREBREAK_TEST_PG_URL", "jdbc:postgresql://localhost:5432/firebreak_test");
        String pgUser = env("FIREBREAK_TEST_PG_USER", "firebreak");
        String pgPassword = env("FIREBREAK_TEST_PG_PASSWORD", "firebreak");
        String schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        createSchema(pgUrl, pgUser, pgPassword, schema);

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        String webhookToken = FirebreakProcess.randomSecret();
        AlertmanagerNotifications samples = AlertmanagerNotifications.fromSample(
                BenchArgs.fromRootOrBench("testdata/samples/alertmanager/sample_v4_firing.constructed.json", "run from the repository root"));
        try (SlackApiStub slack = new SlackApiStub(0, BOT_TOKEN)) {
            Map<String, String> env = new HashMap<>(FirebreakProcess.UNPACED_CHANNEL_CREATION);
            env.putAll(Map.of("SLACK_BOT_TOKEN", BOT_TOKEN, "SLACK_SIGNING_SECRET", FirebreakProcess.randomSecret(),
                    "SLACK_API_URL", slack.apiUrl(), "FIREBREAK_API_TOKEN", FirebreakProcess.randomSecret(),
                    "ALERTMANAGER_WEBHOOK_TOKEN", webhookToken,
                    "FIREBREAK_DB_URL", pgUrl + (pgUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                    "FIREBREAK_DB_USER", pgUser, "FIREBREAK_DB_PASSWORD", pgPassword));
            try (FirebreakProcess a = FirebreakProcess.launch(jar, List.of(), FirebreakProcess.freePort(), env);
                    FirebreakProcess b = FirebreakProcess.launch(jar, List.of(), FirebreakProcess.freePort(), env)) {
                a.awaitHealthy(http, STARTUP);
                b.awaitHealthy(http, STARTUP);
                System.out.printf("TwoReplicaBench %s: %d notifications for %d groups, schema %s, replica a pid %d (%s), b pid %d (%s)%n",
                        Instant.now(), notifications, groups, schema, a.pid(), a.workDir(), b.pid(), b.workDir());
                AlertmanagerWebhook toA = new AlertmanagerWebhook(http, a.uri("/webhooks/alertmanager"), webhookToken);
                AlertmanagerWebhook toB = new AlertmanagerWebhook(http, b.uri("/webhooks/alertmanager"), webhookToken);

                Set<String> services = new LinkedHashSet<>();
                List<String> bodies = new ArrayList<>();
                for (int n = 0; n < notifications; n++) {
                    String service = "svc-" + (n % groups + 1);
                    services.add(service);
                    bodies.add(samples.firing(service, n + 1));
                }
                AtomicInteger accepted = new AtomicInteger();
                AtomicInteger duplicates = new AtomicInteger();
                AtomicInteger resent = new AtomicInteger();
                AtomicInteger lost = new AtomicInteger();
                long start = System.nanoTime();
                ExecutorService senders = Executors.newFixedThreadPool(8);
                List<Future<?>> sent = new ArrayList<>();
                for (int n = 0; n < bodies.size(); n++) {
                    if (n == bodies.size() / 2) {
                        for (Future<?> f : sent) f.get();
                        // Mid-storm: replica a goes, as in a rolling update (SIGTERM) or a node loss (SIGKILL).
                        boolean kill = hardKill;
                        ProcessHandle.of(a.pid()).ifPresent(p -> { if (kill) p.destroyForcibly(); else p.destroy(); });
                    }
                    String body = bodies.get(n);
                    AlertmanagerWebhook first = n % 2 == 0 ? toA : toB;
                    sent.add(senders.submit(() -> {
                        AlertmanagerWebhook.Delivery d = deliver(first, body);
                        if ((d == null || d.status() != 202) && first != toB) {
                            resent.incrementAndGet();
                            d = deliver(toB, body);
                        }
                        if (d == null || d.status() != 202) lost.incrementAndGet();
                        else if (d.accepted()) accepted.incrementAndGet();
                        else duplicates.incrementAndGet();
                    }));
                }
                for (Future<?> f : sent) f.get();
                senders.shutdown();
                double acceptedAfter = (System.nanoTime() - start) / 1e9;

                GroupChannels seen = GroupChannels.await(slack, services, DRAIN);
                long lastHeader = services.stream().mapToLong(s -> seen.headerNanos(s).orElse(Long.MAX_VALUE)).max().orElse(0);
                slack.awaitQuiet(Duration.ofSeconds(3), DRAIN);
                int creates = slack.calls("conversations.create");
                int posts = slack.calls("chat.postMessage");
                System.out.printf("  accepted %d of %d (%d refused by the stopping replica and re-sent to the other, %d taken "
                        + "for duplicates, %d lost) in %.2f s%n", accepted.get(), notifications, resent.get(), duplicates.get(),
                        lost.get(), acceptedAfter);
                System.out.printf("  channels %d for %d groups (conversations.create %d, duplicate channels %s); headers %d%n",
                        seen.channels(services), services.size(), creates, seen.duplicateChannels(), seen.headers(services));
                System.out.printf("  every group's channel and header after %s; chat.postMessage %d (expected %d: one header and"
                        + " one line per alert)%n", lastHeader == Long.MAX_VALUE ? "never (timed out)"
                                : String.format("%.2f s", (lastHeader - start) / 1e9), posts, services.size() + accepted.get());
                System.out.printf("  replica a stopped by %s; load: %s%n", hardKill ? "SIGKILL" : "SIGTERM", loadAverage());
            }
        }
    }

    private static AlertmanagerWebhook.Delivery deliver(AlertmanagerWebhook webhook, String body) {
        try {
            return webhook.send(body);
        } catch (IOException e) {
            return null; // the replica is gone
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static void createSchema(String url, String user, String password, String schema) throws IOException, InterruptedException {
        String target = url.replace("jdbc:postgresql://", "postgresql://" + user + ":" + password + "@");
        Process psql = new ProcessBuilder("psql", "-q", target, "-c", "create schema " + schema).inheritIO().start();
        if (psql.waitFor() != 0) throw new IllegalStateException("psql could not create schema " + schema + " at " + url);
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
