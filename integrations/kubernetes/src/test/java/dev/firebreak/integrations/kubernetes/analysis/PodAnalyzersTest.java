package dev.firebreak.integrations.kubernetes.analysis;

import static dev.firebreak.integrations.kubernetes.analysis.Seed.NS;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.ago;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.agoText;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.assertEvidence;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.container;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.event;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.only;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.pod;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** One test per pod failure class, each with a pod shaped as the kubelet reports it, and the quiet look-alikes. */
@EnableKubernetesMockClient(crud = true)
class PodAnalyzersTest {
    KubernetesClient client;

    private void create(Pod pod) {
        client.pods().inNamespace(NS).resource(pod).create();
    }

    private Pod withStatus(String name, String phase, ContainerStatus cs) {
        return pod(name, "api").withNewStatus().withPhase(phase).addNewCondition().withType("Ready")
                .withStatus("False").withReason("ContainersNotReady").withLastTransitionTime(agoText(
                        Duration.ofMinutes(20))).endCondition().addToContainerStatuses(cs).endStatus().build();
    }

    @Test
    void crashLoopReportsLastExitAndDatesFromTheFirstEvidence() {
        create(withStatus("api-1", "Running", container("api", false, 7).withNewState().withNewWaiting()
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
        create(withStatus("api-2", "Running", container("api", false, 4).withNewState().withNewWaiting()
                .withReason("CrashLoopBackOff").endWaiting().endState().withNewLastState().withNewTerminated()
                .withReason("OOMKilled").withExitCode(137).withFinishedAt(agoText(Duration.ofMinutes(1)))
                .endTerminated().endLastState().build()));
        Finding f = only(run(new CrashLoopAnalyzer(), client), FailureClasses.CRASH_LOOP, FindingSeverity.CRITICAL);
        assertEquals("oom", f.suggestedRunbook());
        assertEvidence(f, "exit code 137");
        assertTrue(run(new OomKilledAnalyzer(), client).isEmpty());
    }

    @Test
    void imagePullFailureCarriesTheKubeletsReason() {
        create(withStatus("worker-1", "Pending", container("worker", false, 0).withNewState().withNewWaiting()
                .withReason("ErrImagePull").withMessage("rpc error: code = NotFound desc = failed to pull and unpack"
                        + " image \"shop/worker:1.9.9\": not found").endWaiting().endState().build()));
        event(client, "Pod", "worker-1", "Warning", "Failed", 3, "Failed to pull image \"shop/worker:1.9.9\": not"
                + " found", Duration.ofMinutes(30), Duration.ofMinutes(2));
        Finding f = only(run(new ImagePullAnalyzer(), client), FailureClasses.IMAGE_PULL, FindingSeverity.CRITICAL);
        assertEquals(ago(Duration.ofMinutes(30)), f.since());
        assertEvidence(f, "ErrImagePull", "Failed to pull image", "shop/worker:1.5.0");
    }

    @Test
    void invalidImageName() {
        create(withStatus("api-3", "Pending", container("api", false, 0).withNewState().withNewWaiting()
                .withReason("InvalidImageName").withMessage("Failed to apply default image tag \"shop/api:1.5.0:\":"
                        + " couldn't parse image reference").endWaiting().endState().build()));
        Finding f = only(run(new InvalidImageNameAnalyzer(), client), FailureClasses.INVALID_IMAGE_NAME,
                FindingSeverity.CRITICAL);
        assertEquals(ago(Duration.ofMinutes(20)), f.since(), "waiting is dated by the pod turning not-ready");
        assertEvidence(f, "couldn't parse image reference");
    }

    @Test
    void createContainerConfigErrorNamesTheMissingReference() {
        create(withStatus("api-4", "Pending", container("api", false, 0).withNewState().withNewWaiting()
                .withReason("CreateContainerConfigError").withMessage("configmap \"api-config\" not found")
                .endWaiting().endState().build()));
        Finding f = only(run(new ContainerConfigAnalyzer(), client), FailureClasses.CONTAINER_CONFIG,
                FindingSeverity.CRITICAL);
        assertEvidence(f, "configmap \"api-config\" not found");
        assertEquals("rollout", f.suggestedRunbook());
    }

    @Test
    void oomKilledLastRunWithItsLimitAndAnOldOneIsHistory() {
        create(pod("api-5", "api").withNewStatus().withPhase("Running").addToContainerStatuses(container("api",
                true, 3).withNewState().withNewRunning().withStartedAt(agoText(Duration.ofMinutes(4))).endRunning()
                .endState().withNewLastState().withNewTerminated().withReason("OOMKilled").withExitCode(137)
                .withFinishedAt(agoText(Duration.ofMinutes(4))).endTerminated().endLastState().build())
                .endStatus().build());
        create(pod("api-old", "api").withNewStatus().withPhase("Running").addToContainerStatuses(container("api",
                true, 1).withNewLastState().withNewTerminated().withReason("OOMKilled").withExitCode(137)
                .withFinishedAt(agoText(Duration.ofDays(3))).endTerminated().endLastState().build())
                .endStatus().build());
        Finding f = only(run(new OomKilledAnalyzer(), client), FailureClasses.OOM_KILLED, FindingSeverity.WARNING);
        assertEquals("api-5", f.name());
        assertEquals(ago(Duration.ofMinutes(4)), f.since());
        assertEvidence(f, "OOMKilled", "exit code 137", "memory limit 256Mi");
        assertEquals("oom", f.suggestedRunbook());
    }

    @Test
    void evictedPodSaysWhichResourceRanOut() {
        create(pod("api-6", "api").withNewStatus().withPhase("Failed").withReason("Evicted")
                .withMessage("The node was low on resource: memory. Threshold quantity: 100Mi, available: 51200Ki.")
                .addNewCondition().withType("DisruptionTarget").withStatus("True").withReason("TerminationByKubelet")
                .withLastTransitionTime(agoText(Duration.ofMinutes(8))).endCondition().endStatus().build());
        Finding f = only(run(new EvictedPodAnalyzer(), client), FailureClasses.EVICTED, FindingSeverity.WARNING);
        assertEquals(ago(Duration.ofMinutes(8)), f.since());
        assertEvidence(f, "low on resource: memory", "node-1");
        assertEquals("node-pressure", f.suggestedRunbook());
    }

    @Test
    void readinessProbeFailingOnARunningPodButNotOnACrashLoopingOne() {
        create(withStatus("checkout-1", "Running", container("checkout", false, 0).withNewState().withNewRunning()
                .withStartedAt(agoText(Duration.ofMinutes(30))).endRunning().endState().build()));
        event(client, "Pod", "checkout-1", "Warning", "Unhealthy", 40, "Readiness probe failed: HTTP probe failed"
                + " with statuscode: 503", Duration.ofMinutes(28), Duration.ofSeconds(10));
        create(withStatus("api-7", "Running", container("api", false, 3).withNewState().withNewWaiting()
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
    void containerCreatingStuckOnAMountButNotWhileJustStarting() {
        create(withStatus("db-client-1", "Pending", container("api", false, 0).withNewState().withNewWaiting()
                .withReason("ContainerCreating").endWaiting().endState().build()));
        event(client, "Pod", "db-client-1", "Warning", "FailedMount", 6, "MountVolume.SetUp failed for volume"
                + " \"data\" : persistentvolumeclaim \"data-db-0\" not found", Duration.ofMinutes(12),
                Duration.ofMinutes(1));
        create(withStatus("api-starting", "Pending", container("api", false, 0).withNewState().withNewWaiting()
                .withReason("ContainerCreating").endWaiting().endState().build()));
        Finding f = only(run(new ContainerCreatingAnalyzer(), client), FailureClasses.CONTAINER_CREATING_STUCK,
                FindingSeverity.WARNING);
        assertEquals("db-client-1", f.name());
        assertEquals(ago(Duration.ofMinutes(20)), f.since());
        assertEvidence(f, "FailedMount x6", "persistentvolumeclaim \"data-db-0\" not found");
        assertEquals("pvc-stuck", f.suggestedRunbook());
    }

    @Test
    void failingInitContainerKeepsThePodFromStarting() {
        create(pod("api-8", "api").withNewStatus().withPhase("Pending").addNewCondition().withType("Initialized")
                .withStatus("False").withReason("ContainersNotInitialized")
                .withLastTransitionTime(agoText(Duration.ofMinutes(15))).endCondition()
                .addToInitContainerStatuses(container("migrate", false, 5).withNewState().withNewWaiting()
                        .withReason("CrashLoopBackOff").endWaiting().endState().withNewLastState()
                        .withNewTerminated().withReason("Error").withExitCode(2)
                        .withMessage("relation \"orders\" does not exist")
                        .withFinishedAt(agoText(Duration.ofMinutes(1)))
                        .endTerminated().endLastState().build())
                .addToContainerStatuses(container("api", false, 0).withNewState().withNewWaiting()
                        .withReason("PodInitializing").endWaiting().endState().build())
                .endStatus().build());
        Finding f = only(run(new InitContainerAnalyzer(), client), FailureClasses.INIT_CONTAINER_FAILURE,
                FindingSeverity.CRITICAL);
        assertEquals(ago(Duration.ofMinutes(15)), f.since());
        assertEvidence(f, "migrate", "exit code 2", "relation \"orders\" does not exist");
        assertTrue(run(new CrashLoopAnalyzer(), client).isEmpty(), "init containers are not main containers");
    }

    @Test
    void unschedulablePodCarriesTheSchedulersReason() {
        create(pod("report-1", "report").editSpec().withNodeName(null).endSpec().withNewStatus().withPhase("Pending")
                .addNewCondition().withType("PodScheduled").withStatus("False").withReason("Unschedulable")
                .withMessage("0/3 nodes are available: 3 Insufficient memory.")
                .withLastTransitionTime(agoText(Duration.ofMinutes(9))).endCondition().endStatus().build());
        event(client, "Pod", "report-1", "Warning", "FailedScheduling", 5, "0/3 nodes are available: 3 Insufficient"
                + " memory.", Duration.ofMinutes(9), Duration.ofMinutes(1));
        Finding f = only(run(new PendingPodAnalyzer(), client), FailureClasses.UNSCHEDULABLE,
                FindingSeverity.WARNING);
        assertEquals(ago(Duration.ofMinutes(9)), f.since());
        assertEvidence(f, "0/3 nodes are available: 3 Insufficient memory.", "FailedScheduling x5");
        assertEquals("pending-pods", f.suggestedRunbook());
    }
}
