package dev.firebreak.demo;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;

/** {@code java -jar firebreak.jar demo}: plays the incident, prints the console link, runs until Ctrl-C. */
public final class DemoCommand {
    /** Held, as java.util.logging keeps loggers only weakly and would forget the level. */
    private static final Logger MOCK_SERVER_LOG = Logger.getLogger("io.fabric8.mockwebserver.MockWebServer");

    private DemoCommand() {}

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty()) {
            err.println("firebreak demo: takes no arguments");
            return 2;
        }
        // Only warnings from the log, so the progress lines stand out (set before anything logs).
        System.setProperty("logback.configurationFile", DemoRun.QUIET_LOG);
        MOCK_SERVER_LOG.setLevel(Level.WARNING);
        out.println(
                "Starting Firebreak with Slack, PagerDuty, Jira and a Kubernetes cluster emulated in this process...");
        DemoRun run;
        try {
            run = DemoRun.start(true);
        } catch (Exception e) {
            err.println("firebreak demo: cannot start: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread cleanup = new Thread(
                () -> {
                    run.deleteWhenStopped(Duration.ofSeconds(20));
                    stopped.countDown();
                },
                "demo-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            DemoRun.Outcome outcome = run.play(out);
            out.println("Console: " + run.consoleLink("/incidents/" + outcome.incidentId()));
            out.println("(the link signs you in once, within ten minutes; the incident page links the emulated Slack"
                    + " channel; Ctrl-C stops the demo and deletes its data)");
        } catch (RuntimeException e) {
            err.println("firebreak demo: " + e.getMessage());
            out.println("Console: " + run.consoleLink("/"));
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
