package dev.firebreak.integrations.kubernetes.analysis;

import static dev.firebreak.integrations.kubernetes.analysis.Seed.NS;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.ago;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.agoText;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.assertEvidence;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.container;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.create;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.event;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.only;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.run;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.withStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.firebreak.integrations.kubernetes.PodLogLines;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.time.Duration;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import org.junit.jupiter.api.Test;

/**
 * {@link CrashLoopAnalyzer}: the failures it reports, each shaped as the API server reports it,
 * and the look-alikes it must leave alone.
 */
@EnableKubernetesMockClient(crud = true)
class CrashLoopAnalyzerTest {
    KubernetesClient client;
    KubernetesMockServer server;

    @Test
    void crashLoopReportsLastExitAndDatesFromTheFirstEvidence() {
        create(client, withStatus("api-1", "Running", container("api", false, 7).withNewState().withNewWaiting()
                .withReason("CrashLoopBackOff").withMessage("back-off 5m0s restarting failed container=api")
                .endWaiting().endState().withNewLastState().withNewTerminated().withReason("Error").withExitCode(1)
                .withMessage("panic: missing DATABASE_URL").withFinishedAt(agoText(Duration.ofMinutes(2)))
                .endTerminated().endLastState().build()));
        event(client, "Pod", "api-1", "Warning", "BackOff", 7, "Back-off restarting failed container api",
                Duration.ofMinutes(25), Duration.ofMinutes(1));
        Finding f = only(run(new CrashLoopAnalyzer(), client), FailureClasses.CRASH_LOOP, FindingSeverity.CRITICAL);
        assertEquals(ago(Duration.ofMinutes(25)), f.since(), "the first BackOff is the earliest evidence");
        assertEquals("crashloop", f.suggestedRunbook());
        assertEquals("Pod", f.kind());
        assertEquals(NS, f.namespace());
        assertEvidence(f, "CrashLoopBackOff", "reason Error, exit code 1", "panic: missing DATABASE_URL",
                "BackOff x7", "after 7 restarts");
    }

    @Test
    void aCrashLoopDyingOfOomPointsAtTheOomRunbookAndIsReportedOnce() {
        create(client, withStatus("api-2", "Running", container("api", false, 4).withNewState().withNewWaiting()
                .withReason("CrashLoopBackOff").endWaiting().endState().withNewLastState().withNewTerminated()
                .withReason("OOMKilled").withExitCode(137).withFinishedAt(agoText(Duration.ofMinutes(1)))
                .endTerminated().endLastState().build()));
        Finding f = only(run(new CrashLoopAnalyzer(), client), FailureClasses.CRASH_LOOP, FindingSeverity.CRITICAL);
        assertEquals("oom", f.suggestedRunbook());
        assertEvidence(f, "exit code 137");
        assertTrue(run(new OomKilledAnalyzer(), client).isEmpty());
    }

    @Test
    void theCauseIsTheLastErrorLineOfThePreviousRunWithoutItsTimestamp() {
        create(client, withStatus("api-3", "Running", container("api", false, 4).withNewState().withNewWaiting()
                .withReason("CrashLoopBackOff").endWaiting().endState().withNewLastState().withNewTerminated()
                .withReason("Error").withExitCode(1).withFinishedAt(agoText(Duration.ofMinutes(1))).endTerminated()
                .endLastState().build()));
        server.expect().get().withPath("/api/v1/namespaces/" + NS + "/pods/api-3/log?pretty=false&container=api"
                + "&previous=true&tailLines=100&limitBytes=" + PodLogLines.MAX_BYTES).andReturn(200, """
                        2026-12-07T08:00:00.001Z INFO starting
                        2026-12-07T08:00:00.002Z ERROR config: DATABASE_URL is required
                        java.lang.IllegalStateException: startup failed
                            at shop.Main.main(Main.java:12)
                        2026-12-07T08:00:00.003Z INFO shutting down
                        """).always();
        Finding f = only(run(new CrashLoopAnalyzer(), client), FailureClasses.CRASH_LOOP, FindingSeverity.CRITICAL);
        assertEquals("container api exits with code 1; its last error line: \"java.lang.IllegalStateException:"
                + " startup failed\"", f.cause());
    }

    @Test
    void aTerminationMessageIsTheCauseAndNoLogIsRead() {
        create(client, withStatus("api-4", "Running", container("api", false, 2).withNewState().withNewWaiting()
                .withReason("CrashLoopBackOff").endWaiting().endState().withNewLastState().withNewTerminated()
                .withReason("Error").withExitCode(2).withMessage("open /etc/api/config.yaml: no such file or"
                        + " directory\n").endTerminated().endLastState().build()));
        Finding f = only(run(new CrashLoopAnalyzer(), client), FailureClasses.CRASH_LOOP, FindingSeverity.CRITICAL);
        assertEquals("container api exits with code 2: its termination message says \"open /etc/api/config.yaml: no"
                + " such file or directory\"", f.cause());
    }

    @Test
    void exitCodesSayWhatTheyMeanWhenNoLogCanBeRead() {
        create(client, withStatus("api-5", "Running", container("api", false, 2).withNewState().withNewWaiting()
                .withReason("CrashLoopBackOff").endWaiting().endState().withNewLastState().withNewTerminated()
                .withReason("Error").withExitCode(127).endTerminated().endLastState().build()));
        // The kubelet keeps no previous run (the node was replaced): the API server refuses the log.
        server.expect().get().withPath("/api/v1/namespaces/" + NS + "/pods/api-5/log?pretty=false&container=api"
                + "&previous=true&tailLines=100&limitBytes=" + PodLogLines.MAX_BYTES).andReturn(400, "{\"kind\":\"Status\",\"apiVersion\":\"v1\","
                        + "\"status\":\"Failure\",\"message\":\"previous terminated container \\\"api\\\" in pod"
                        + " \\\"api-5\\\" not found\",\"reason\":\"BadRequest\",\"code\":400}").always();
        Finding f = only(run(new CrashLoopAnalyzer(), client), FailureClasses.CRASH_LOOP, FindingSeverity.CRITICAL);
        assertEquals("container api cannot run its command: command not found (exit code 127)", f.cause());
    }
}
