package dev.firebreak.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * How long an Alertmanager notification for a new alert group takes to become an incident channel: starts the
 * packaged jar against a local Slack Web API stub with injected latency, posts notifications to
 * {@code /webhooks/alertmanager} and times the Slack calls they lead to. With {@code --storm}, an alert storm under
 * the app's default channel pacing instead. Exits non-zero when any check fails.
 */
public final class WebhookToChannelBench {
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);
    private static final String BOT_TOKEN = "xoxb-bench-0000000000";

    private final WebhookBenchOptions options;
    private final BenchReport report = new BenchReport();
    private final String webhookToken = FirebreakProcess.randomSecret();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private WebhookToChannelBench(WebhookBenchOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws IOException {
        WebhookBenchOptions options;
        try {
            options = WebhookBenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(WebhookBenchOptions.USAGE);
            System.exit(2);
            return;
        }
        System.exit(new WebhookToChannelBench(options).run());
    }

    private int run() throws IOException {
        AlertmanagerNotifications notifications = AlertmanagerNotifications.fromSample(options.sample());
        try (SlackApiStub slack = new SlackApiStub(options.slackLatencyMillis(), BOT_TOKEN)) {
            FirebreakProcess app = FirebreakProcess.launch(options.jar(), options.jvmArgs(), FirebreakProcess.freePort(),
                    appEnvironment(slack));
            Thread stopOnExit = new Thread(app::close, "stop-firebreak"); // Ctrl-C must not leave it running
            Runtime.getRuntime().addShutdownHook(stopOnExit);
            try {
                describeRun(slack, app);
                AlertmanagerWebhook webhook = new AlertmanagerWebhook(http, app.uri("/webhooks/alertmanager"), webhookToken);
                if (options.storm()) {
                    new WebhookStormRun(options, slack, webhook, notifications, report).run();
                } else {
                    new WebhookLatencyRun(options, slack, webhook, notifications, report).run();
                }
                reportSlackCalls(slack);
                reportSlackFailuresInLog(app);
                report.logProblems(app, 8);
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

    private Map<String, String> appEnvironment(SlackApiStub slack) {
        Map<String, String> env = new HashMap<>(Map.of(
                "SLACK_BOT_TOKEN", BOT_TOKEN,
                "SLACK_SIGNING_SECRET", FirebreakProcess.randomSecret(),
                "SLACK_API_URL", slack.apiUrl(),
                "FIREBREAK_API_TOKEN", FirebreakProcess.randomSecret(),
                "ALERTMANAGER_WEBHOOK_TOKEN", webhookToken));
        if (!options.storm()) {
            env.putAll(FirebreakProcess.UNPACED_CHANNEL_CREATION); // time the jobs, not the pacing
        }
        return env;
    }

    private void describeRun(SlackApiStub slack, FirebreakProcess app) throws IOException, InterruptedException {
        report.line("Firebreak WebhookToChannelBench%s  %s", options.storm() ? " --storm" : "", Instant.now());
        report.line("  jar %s  pid %d  work dir %s  sample %s", options.jar(), app.pid(), app.workDir(), options.sample());
        report.line("  Slack stub %s  injected latency %d ms  channel pacing %s  JVM args %s", slack.apiUrl(),
                options.slackLatencyMillis(), options.storm()
                        ? "app defaults (burst " + WebhookStormRun.DEFAULT_BURST + ", "
                                + WebhookStormRun.DEFAULT_CREATES_PER_MINUTE + "/min)"
                        : "off " + FirebreakProcess.UNPACED_CHANNEL_CREATION,
                options.jvmArgs());
        Duration healthy = app.awaitHealthy(http, STARTUP_TIMEOUT);
        OptionalLong reported = app.reportedStartupMillis();
        report.line("  startup: launch -> first GET /health 200: %d ms (Micronaut: %s)", healthy.toMillis(),
                reported.isPresent() ? reported.getAsLong() + " ms" : "n/a");
    }

    private void reportSlackCalls(SlackApiStub slack) {
        report.line("Slack Web API calls seen by the stub: %s", slack.callsByMethod());
        if (slack.callsWithoutToken() > 0) {
            report.fail(slack.callsWithoutToken() + " Slack calls lacked 'Authorization: Bearer <SLACK_BOT_TOKEN>'");
        }
    }

    /** Slack failures as the app logged them (WARN): ok:false answers, HTTP errors, I/O errors. */
    private void reportSlackFailuresInLog(FirebreakProcess app) throws IOException {
        List<String> failures = app.problemLines().stream()
                .filter(l -> l.contains("SlackWebApi - Slack "))
                .collect(Collectors.toList());
        report.line("app log: %d Slack failure lines (ok:false, HTTP error, I/O)", failures.size());
    }
}
