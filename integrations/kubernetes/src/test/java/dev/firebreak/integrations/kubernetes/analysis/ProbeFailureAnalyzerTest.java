package dev.firebreak.integrations.kubernetes.analysis;

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

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@link ProbeFailureAnalyzer}: the failures it reports, each shaped as the API server reports it,
 * and the look-alikes it must leave alone.
 */
@EnableKubernetesMockClient(crud = true)
class ProbeFailureAnalyzerTest {
    KubernetesClient client;

    @Test
    void readinessProbeFailingOnARunningPodButNotOnACrashLoopingOne() {
        create(client, withStatus("checkout-1", "Running", container("checkout", false, 0).withNewState().withNewRunning()
                .withStartedAt(agoText(Duration.ofMinutes(30))).endRunning().endState().build()));
        event(client, "Pod", "checkout-1", "Warning", "Unhealthy", 40, "Readiness probe failed: HTTP probe failed"
                + " with statuscode: 503", Duration.ofMinutes(28), Duration.ofSeconds(10));
        create(client, withStatus("api-7", "Running", container("api", false, 3).withNewState().withNewWaiting()
                .withReason("CrashLoopBackOff").endWaiting().endState().build()));
        event(client, "Pod", "api-7", "Warning", "Unhealthy", 3, "Liveness probe failed: connection refused",
                Duration.ofMinutes(9), Duration.ofMinutes(1));
        Finding f = only(run(new ProbeFailureAnalyzer(), client), FailureClasses.PROBE_FAILURE,
                FindingSeverity.WARNING);
        assertEquals("checkout-1", f.name());
        assertEquals(ago(Duration.ofMinutes(28)), f.since());
        assertEvidence(f, "Readiness probe failed: HTTP probe failed with statuscode: 503", "x40");
        assertEquals("service-endpoints", f.suggestedRunbook());
    }

    @Test
    void theCauseIsTheProbesLatestMessage() {
        create(client, withStatus("checkout-2", "Running", container("checkout", false, 0).withNewState()
                .withNewRunning().withStartedAt(agoText(Duration.ofMinutes(30))).endRunning().endState().build()));
        event(client, "Pod", "checkout-2", "Warning", "Unhealthy", 12, "Readiness probe failed: Get"
                + " \"http://10.244.1.23:8080/ready\": dial tcp 10.244.1.23:8080: connect: connection refused",
                Duration.ofMinutes(28), Duration.ofSeconds(10));
        Finding f = only(run(new ProbeFailureAnalyzer(), client), FailureClasses.PROBE_FAILURE,
                FindingSeverity.WARNING);
        assertEquals("running but not Ready: readiness probe failed: Get \"http://10.244.1.23:8080/ready\": dial tcp"
                + " 10.244.1.23:8080: connect: connection refused", f.cause());
    }

    @Test
    void aProbedContainerNotReadyForLongIsReportedAfterItsEventsExpired() {
        Pod pod = withStatus("checkout-3", "Running", container("checkout", false, 0).withNewState().withNewRunning()
                .withStartedAt(agoText(Duration.ofHours(3))).endRunning().endState().build());
        pod.getSpec().getContainers().get(0).setName("checkout");
        pod.getSpec().getContainers().get(0).setReadinessProbe(new io.fabric8.kubernetes.api.model.ProbeBuilder()
                .withNewHttpGet().withPath("/ready").withNewPort(8080).endHttpGet().build());
        create(client, pod);
        create(client, withStatus("starting-1", "Running", container("api", false, 0).withNewState().withNewRunning()
                .withStartedAt(agoText(Duration.ofMinutes(1))).endRunning().endState().build()));
        Finding f = only(run(new ProbeFailureAnalyzer(), client), FailureClasses.PROBE_FAILURE,
                FindingSeverity.WARNING);
        assertEquals("checkout-3", f.name());
        assertTrue(f.cause().startsWith("running but not Ready: the readiness probe of checkout has failed since"),
                f.cause());
    }
}
