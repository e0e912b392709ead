package dev.firebreak.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How fast Firebreak acknowledges {@code /incident} and how fast its background jobs open the channels: starts the
 * packaged jar against a local Slack Web API stub and prints startup time, idle memory, ack latencies and channel
 * opening throughput. Exits non-zero when any step fails.
 */
public final class SlashCommandAckBench {
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration IDLE_PAUSE = Duration.ofSeconds(5);
    private static final Duration QUIET_BEFORE_HELP = Duration.ofSeconds(1);
    private static final Duration QUIET_TIMEOUT = Duration.ofSeconds(15);
    private static final Pattern BENCH_INCIDENT_NUMBER = Pattern.compile("bench-incident-(\\d+)$");
    private static final String BOT_TOKEN = "xoxb-bench-0000000000";

    private final AckBenchOptions options;
    private final String signingSecret = FirebreakProcess.randomSecret();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1) // no h2c upgrade dance on every connection
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final BenchReport report = new BenchReport();
    // When each declaration was sent, by its number in the title. The ack cannot mark the start of the background
    // work: with immediate execution the job may reach Slack before the ack reaches us.
    private final Map<Integer, Long> declareSentNanos = new ConcurrentHashMap<>();
    private long lastDeclareAckedNanos;

    private SlashCommandAckBench(AckBenchOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws IOException {
        AckBenchOptions options;
        try {
            options = AckBenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(AckBenchOptions.USAGE);
            System.exit(2);
            return;
        }
        System.exit(new SlashCommandAckBench(options).run());
    }

    private int run() throws IOException {
        try (SlackApiStub slack = new SlackApiStub(options.slackLatencyMillis(), BOT_TOKEN)) {
            int port = FirebreakProcess.freePort();
            Map<String, String> env = new HashMap<>(FirebreakProcess.UNPACED_CHANNEL_CREATION);
            env.putAll(Map.of(
                    "SLACK_BOT_TOKEN", BOT_TOKEN,
                    "SLACK_SIGNING_SECRET", signingSecret,
                    "SLACK_API_URL", slack.apiUrl(),
                    "FIREBREAK_API_TOKEN", FirebreakProcess.randomSecret()));
            FirebreakProcess app = FirebreakProcess.launch(options.jar(), options.jvmArgs(), port, env);
            // Ctrl-C must not leave a Firebreak running in the background.
            Thread stopOnExit = new Thread(app::close, "stop-firebreak");
            Runtime.getRuntime().addShutdownHook(stopOnExit);
            try {
                measure(slack, app);
            } catch (Exception e) {
                report.aborted(e, app);
            } finally {
                app.close();
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
                report.print();
            }
        }
        return report.exitCode();
    }

    private void measure(SlackApiStub slack, FirebreakProcess app) throws IOException, InterruptedException {
        line("Firebreak SlashCommandAckBench  %s", Instant.now());
        line("  jar %s  pid %d  work dir %s", options.jar(), app.pid(), app.workDir());
        line("  Slack stub %s  injected latency %d ms  channel pacing off %s  JVM args %s", slack.apiUrl(),
                options.slackLatencyMillis(), FirebreakProcess.UNPACED_CHANNEL_CREATION, options.jvmArgs());
        measureStartup(app);
        measureMemory(app, "idle (" + IDLE_PAUSE.toSeconds() + " s after startup)", IDLE_PAUSE);

        int declarations = options.warmup() + options.requests();
        long firstDeclareSent = System.nanoTime();
        sendDeclarations(app, 1, options.warmup());
        Latencies declare = sendDeclarations(app, options.warmup() + 1, options.requests());
        line("ack /incident declare (DB write + job scheduled): %s", declare.summary());

        measureChannelOpening(slack, declarations, firstDeclareSent);
        awaitSlackQuiet(slack);

        sendHelps(app, options.warmup());
        Latencies help = sendHelps(app, options.requests());
        line("ack /incident help (no DB write):                  %s", help.summary());

        measureMemory(app, "after load", Duration.ZERO);
        reportSlackCalls(slack);
        reportLogProblems(app);
    }

    private void measureStartup(FirebreakProcess app) throws IOException, InterruptedException {
        Duration healthy = app.awaitHealthy(http, STARTUP_TIMEOUT);
        OptionalLong reported = app.reportedStartupMillis();
        line("startup: launch -> first GET /health 200: %d ms   (Micronaut \"Startup completed in\": %s)",
                healthy.toMillis(), reported.isPresent() ? reported.getAsLong() + " ms" : "not in log");
    }

    private void measureMemory(FirebreakProcess app, String when, Duration pauseFirst) throws InterruptedException {
        Thread.sleep(pauseFirst.toMillis());
        OptionalLong rss = app.residentKilobytes();
        String heap = app.heapUse()
                .map(h -> String.format(Locale.ROOT, "heap used %.1f MB, metaspace used %.1f MB",
                        h.heapUsedKb() / 1024.0, h.metaspaceUsedKb() / 1024.0))
                .orElse("heap: jcmd not available");
        line("memory %s: RSS %s, %s", when,
                rss.isPresent() ? String.format(Locale.ROOT, "%.1f MB", rss.getAsLong() / 1024.0) : "n/a", heap);
    }

    /** Declarations one after another, numbered {@code first..first+count-1}; each must be acknowledged as declared. */
    private Latencies sendDeclarations(FirebreakProcess app, int first, int count) throws IOException, InterruptedException {
        Latencies latencies = new Latencies();
        for (int n = first; n < first + count; n++) {
            long sent = System.nanoTime();
            HttpResponse<String> response = sendSlashCommand(app, "declare Bench incident " + n + " sev3", n);
            long answered = System.nanoTime();
            latencies.add(answered - sent);
            declareSentNanos.put(n, sent);
            lastDeclareAckedNanos = answered;
            check(response, "Declared incident", "declare #" + n);
        }
        return latencies;
    }

    private Latencies sendHelps(FirebreakProcess app, int count) throws IOException, InterruptedException {
        Latencies latencies = new Latencies();
        for (int n = 1; n <= count; n++) {
            long sent = System.nanoTime();
            HttpResponse<String> response = sendSlashCommand(app, "help", 100_000 + n);
            latencies.add(System.nanoTime() - sent);
            check(response, "/incident declare", "help #" + n);
        }
        return latencies;
    }

    /**
     * Waits until every declaration has its channel opened and its header posted, then works out how fast the
     * jobs got there.
     */
    private void measureChannelOpening(SlackApiStub slack, int declarations, long firstDeclareSent)
            throws InterruptedException {
        long deadline = System.nanoTime() + options.drainTimeout().toNanos();
        while ((slack.channelCreatedNanos().size() < declarations || slack.firstPostNanos().size() < declarations)
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Map<String, Long> created = slack.channelCreatedNanos();
        Map<String, Long> headers = slack.firstPostNanos();
        if (created.size() < declarations || headers.size() < declarations) {
            report.fail(String.format("within %d s only %d of %d channels were opened and %d headers posted",
                    options.drainTimeout().toSeconds(), created.size(), declarations, headers.size()));
        }
        if (created.isEmpty()) {
            return;
        }
        long lastCreate = created.values().stream().mapToLong(Long::longValue).max().getAsLong();
        double seconds = (lastCreate - firstDeclareSent) / 1e9;
        line("channel opening: %d/%d conversations.create within %.2f s of the first declare = %.1f channels/s",
                created.size(), declarations, seconds, created.size() / seconds);
        // Negative: the jobs kept up, and the last channel was open before its declaration's ack arrived.
        line("  last conversations.create %+.0f ms after the last declare ack", (lastCreate - lastDeclareAckedNanos) / 1e6);
        line("  declare sent -> conversations.create:    %s", delaysSinceSent(created).summary());
        line("  declare sent -> header chat.postMessage: %s", delaysSinceSent(headers).summary());
    }

    /** Pairs each Slack call with its declaration through the channel name, which ends in the incident's number. */
    private Latencies delaysSinceSent(Map<String, Long> nanosByChannelName) {
        Latencies delays = new Latencies();
        nanosByChannelName.forEach((name, arrived) -> {
            Matcher m = BENCH_INCIDENT_NUMBER.matcher(name);
            Long sent = m.find() ? declareSentNanos.get(Integer.parseInt(m.group(1))) : null;
            if (sent != null) {
                delays.add(arrived - sent);
            }
        });
        return delays;
    }

    /** The rest of each job (topic, invite, header, pin) still runs after the channel opens; help is timed without it. */
    private void awaitSlackQuiet(SlackApiStub slack) throws InterruptedException {
        long deadline = System.nanoTime() + QUIET_TIMEOUT.toNanos();
        while (System.nanoTime() - slack.lastCallNanos() < QUIET_BEFORE_HELP.toNanos() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    private HttpResponse<String> sendSlashCommand(FirebreakProcess app, String text, int n)
            throws IOException, InterruptedException {
        String body = slashCommandBody(text, n);
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(app.uri("/slack/events"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", sign(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The fields of Slack's real payload (testdata/samples/slack/slash_command.form-urlencoded.txt). */
    private static String slashCommandBody(String text, int n) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("token", "gIkuvaNzQIHg97ATvDxqgjtO");
        fields.put("team_id", "T0001");
        fields.put("team_domain", "example");
        fields.put("channel_id", String.format("CB%08d", n));
        fields.put("channel_name", "bench-" + n);
        fields.put("user_id", String.format("UB%08d", n));
        fields.put("user_name", "bench" + n);
        fields.put("command", "/incident");
        fields.put("text", text);
        fields.put("response_url", "https://hooks.slack.com/commands/1234/" + n);
        fields.put("trigger_id", "13345224609.738474920." + n);
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private String sign(long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(digest);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private void check(HttpResponse<String> response, String expectedText, String what) {
        if (response.statusCode() != 200 || !response.body().contains(expectedText)) {
            report.fail(String.format("%s answered %d: %s", what, response.statusCode(), abbreviate(response.body())));
        }
    }

    private void reportSlackCalls(SlackApiStub slack) {
        line("Slack Web API calls seen by the stub: %s", slack.callsByMethod());
        if (slack.callsWithoutToken() > 0) {
            report.fail(slack.callsWithoutToken() + " Slack calls lacked 'Authorization: Bearer <SLACK_BOT_TOKEN>'");
        }
    }

    private void reportLogProblems(FirebreakProcess app) throws IOException {
        report.logProblems(app, 5);
    }

    private void line(String format, Object... args) {
        report.line(format, args);
    }

    private static String abbreviate(String s) {
        return BenchReport.abbreviate(s);
    }
}
