package dev.firebreak.demo;

import dev.firebreak.console.OneTimeLogins;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One demo: Firebreak on a throw-away H2 database in a temporary directory, on a free port, with Slack, PagerDuty,
 * Jira and a cluster emulated in the same process; {@link #play} runs the scripted incident. {@link #close} stops
 * it and deletes the directory.
 */
public final class DemoRun implements AutoCloseable {
    public static final String ENABLED = "firebreak.demo.enabled";
    static final String BASE_URL = "firebreak.demo.base-url";
    static final String JIRA_PROJECT = "OPS";
    static final String RUNBOOK = "restart-checkout";
    /** A log configuration showing warnings and errors only. */
    static final String QUIET_LOG = "demo/logback-demo.xml";

    private final Path dir;
    private final String baseUrl;
    private final DemoSecrets secrets;
    private final ApplicationContext context;
    private final Instant startedAt;

    private DemoRun(Path dir, String baseUrl, DemoSecrets secrets, ApplicationContext context, Instant startedAt) {
        this.startedAt = startedAt;
        this.dir = dir;
        this.baseUrl = baseUrl;
        this.secrets = secrets;
        this.context = context;
    }

    /** Starts Firebreak for the demo; {@code quiet} keeps the log to warnings, so the progress lines stand out. */
    public static DemoRun start(boolean quiet) throws IOException {
        Instant startedAt = Instant.now();
        Path dir = Files.createTempDirectory("firebreak-demo-");
        try {
            Path runbooks = Files.createDirectories(dir.resolve("runbooks"));
            try (InputStream in = DemoRun.class.getResourceAsStream("/demo/" + RUNBOOK + ".yaml")) {
                Files.copy(in, runbooks.resolve(RUNBOOK + ".yaml"));
            }
            int port = freePort();
            String baseUrl = "http://localhost:" + port;
            DemoSecrets secrets = DemoSecrets.generate();
            Map<String, Object> properties = properties(dir, baseUrl, port, secrets);
            if (quiet) {
                // Micronaut loads its log configuration again at start: it is named here too.
                properties.put("logger.config", QUIET_LOG);
            }
            ApplicationContext context = Micronaut.build(new String[0])
                    .properties(properties)
                    .deduceEnvironment(false)
                    .banner(false)
                    .start();
            return new DemoRun(dir, baseUrl, secrets, context, startedAt);
        } catch (IOException | RuntimeException e) {
            delete(dir);
            throw e;
        }
    }

    /** Plays the incident; progress lines go to {@code out}. */
    public Outcome play(PrintStream out) {
        return new DemoScript(context, baseUrl, secrets, out).play(startedAt);
    }

    /** A link that signs its first user into the console (for ten minutes), opening {@code path}. */
    public String consoleLink(String path) {
        return baseUrl + context.getBean(OneTimeLogins.class).issuePath() + "?next=" + path;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public ApplicationContext context() {
        return context;
    }

    /** What the played incident came to. */
    /**
     * What the played incident came to; {@code pageToResolved} from the PagerDuty page, {@code startToResolved} from
     * the call to {@link #start} (database, migrations, server and the emulated vendors included).
     */
    public record Outcome(
            long incidentId,
            String channelId,
            Duration pageToResolved,
            Duration startToResolved,
            String postmortemKey) {}

    /**
     * For a shutdown hook: Micronaut's own hook stops the context (stopping it from a second hook deadlocks), this
     * waits for that and then deletes the directory.
     */
    public void deleteWhenStopped(Duration patience) {
        long until = System.nanoTime() + patience.toNanos();
        while (context.isRunning() && System.nanoTime() < until) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        delete(dir);
    }

    @Override
    public void close() {
        try {
            context.close();
        } finally {
            delete(dir);
        }
    }

    private static Map<String, Object> properties(Path dir, String baseUrl, int port, DemoSecrets secrets) {
        Map<String, Object> p = new HashMap<>();
        p.put(ENABLED, "true");
        p.put(BASE_URL, baseUrl);
        p.put("micronaut.server.port", port);
        p.put(
                "datasources.default.url",
                "jdbc:h2:file:" + dir.resolve("db").resolve("firebreak")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE");
        p.put("datasources.default.username", "sa");
        p.put("datasources.default.password", "");
        p.put("firebreak.api.token", secrets.apiToken());
        p.put("firebreak.slack.bot-token", "xoxb-demo-token");
        p.put("firebreak.slack.signing-secret", secrets.slackSigning());
        p.put("firebreak.slack.api-url", baseUrl + "/demo/slack/api/");
        p.put("firebreak.slack.announce-channel", "C0DEMOANNOUNCE");
        p.put("firebreak.slack.app-token", "");
        p.put("firebreak.pagerduty.api-url", baseUrl + "/demo/pagerduty");
        p.put("firebreak.pagerduty.api-token", "pd-demo-token");
        p.put("firebreak.pagerduty.from-email", "firebreak@example.com");
        p.put("firebreak.pagerduty.webhook-secret", secrets.pagerDutyWebhook());
        p.put("firebreak.jira.url", baseUrl + "/demo/jira");
        p.put("firebreak.jira.email", "firebreak@example.com");
        p.put("firebreak.jira.api-token", "jira-demo-token");
        p.put("firebreak.jira.project", JIRA_PROJECT);
        p.put("firebreak.jira.postmortem-issue-type", "Postmortem");
        p.put("firebreak.jira.webhook-secret", secrets.jiraWebhook());
        p.put("firebreak.runbooks.dir", dir.resolve("runbooks").toString());
        p.put("firebreak.kubernetes.clusters", "");
        p.put("firebreak.llm.provider", "none");
        p.put("firebreak.jobs.polling-interval", "100ms");
        p.put("firebreak.jobs.first-retry", "100ms");
        p.put("firebreak.jobs.max-retry", "1s");
        return p;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
