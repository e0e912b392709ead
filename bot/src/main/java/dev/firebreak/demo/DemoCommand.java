package dev.firebreak.demo;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** {@code java -jar firebreak.jar demo}: plays the incident, prints the console link, runs until Ctrl-C. */
public final class DemoCommand {
    private DemoCommand() {}

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty()) {
            err.println("firebreak demo: takes no arguments");
            return 2;
        }
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
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            run.close();
                            stopped.countDown();
                        },
                        "demo-shutdown"));
        try {
            DemoRun.Outcome outcome = run.play(out);
            out.println("Console: " + run.consoleLink("/incidents/" + outcome.incidentId()));
            out.println(
                    "(the link signs you in once, for ten minutes; the incident page links the emulated Slack channel;"
                            + " Ctrl-C stops the demo and deletes its data)");
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
