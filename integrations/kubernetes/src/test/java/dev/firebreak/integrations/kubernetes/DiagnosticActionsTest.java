package dev.firebreak.integrations.kubernetes;

import static dev.firebreak.integrations.kubernetes.MockCluster.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The read-only actions against a namespace in trouble (see {@link FailingCluster}). One server for the class: every
 * test only reads, and seeding once keeps this fast on a shared machine.
 */
@EnableKubernetesMockClient(crud = true)
class DiagnosticActionsTest {
    static KubernetesMockServer server;
    static KubernetesClient client;
    private static ClusterActions actions;

    @BeforeAll
    static void seed() {
        FailingCluster.seed(client);
        actions = MockCluster.actions(client);
    }

    @AfterAll
    static void close() {
        actions.close();
    }

    private String run(String action, String... args) {
        ActionOutput out = actions.run(request(action, args));
        assertEquals(action, out.action());
        System.out.println("---- " + action + " " + List.of(args) + "\n" + out.text());
        return out.text();
    }

    private static void assertContains(String text, String... parts) {
        for (String part : parts) {
            assertTrue(text.contains(part), () -> "expected <" + part + "> in:\n" + text);
        }
    }

    @Test
    void podsShowWhyEachPodIsUnhealthy() {
        String text = run("pods", "namespace", "shop");
        assertContains(text, "5 pod(s) in namespace shop: Pending 2, Running 3",
                "pod api-6c9b4-x2x7k phase=Running ready=0/1 restarts=7 node=node-1",
                "container api: waiting CrashLoopBackOff (back-off 5m0s",
                "last terminated Error exit=1 finishedAt=",
                "last terminated OOMKilled exit=137",
                "waiting ImagePullBackOff (Back-off pulling image \"registry.example.com/shop/worker:1.9.9\")",
                "scheduling: Unschedulable: 0/3 nodes are available: 3 Insufficient memory.");
        assertFalse(text.contains("env "), "env is shown for a single pod only");
    }

    @Test
    void podsOfADeploymentUseItsSelector() {
        String text = run("pods", "namespace", "shop", "deployment", "api");
        assertContains(text, "2 pod(s)", "api-6c9b4-x2x7k", "api-5d8f7-q9zt4");
        assertFalse(text.contains("worker"));
        assertContains(run("pods", "namespace", "shop", "selector", "app=worker"), "1 pod(s)", "worker-7b6d5");
        assertContains(run("pods", "namespace", "shop", "deployment", "nope"),
                "deployment nope not found in namespace shop");
    }

    @Test
    void singlePodShowsEnvNamesButNeverValues() {
        String text = run("pods", "namespace", "shop", "pod", "api-6c9b4-x2x7k");
        assertContains(text, "env api: DB_HOST=<redacted>, DB_PASSWORD=<redacted>, API_TOKEN=<secretKeyRef>",
                "envFrom: secretRef");
        assertFalse(text.contains(FailingPods.PLAINTEXT_DB_PASSWORD));
        assertFalse(text.contains("db.shop.svc"));
        assertContains(run("pods", "namespace", "shop", "pod", "gone-1"), "pod gone-1 not found in namespace shop");
    }

    @Test
    void eventsAreFilteredClientSideNewestLast() {
        String text = run("events", "namespace", "shop", "kind", "Pod", "name", "api-6c9b4-x2x7k");
        List<String> lines = text.lines().toList();
        assertEquals(2, lines.size(), text);
        assertContains(lines.get(0), "Warning Unhealthy Pod/api-6c9b4-x2x7k x3: Readiness probe failed");
        assertContains(lines.get(1), "Warning BackOff Pod/api-6c9b4-x2x7k x7: Back-off restarting failed container");
        assertContains(text, "password=[REDACTED]");
        assertFalse(text.contains("hunter2"));
        String recent = run("events", "namespace", "shop", "since", "1h");
        assertFalse(recent.contains("Pulled"), "5h old event is outside since=1h");
        assertContains(recent, "ProvisioningFailed", "ScalingReplicaSet");
        assertContains(run("events", "namespace", "shop", "kind", "Service", "name", "x"),
                "no events in namespace shop for Service/x");
    }

    @Test
    void rolloutShowsTheStuckRevision() {
        String text = run("rollout", "namespace", "shop", "deployment", "api");
        assertContains(text, "deployment api desired=3 updated=1 ready=2 available=2 unavailable=1",
                "condition Progressing=False ProgressDeadlineExceeded: ReplicaSet \"api-6c9b4\" has timed out",
                "revision 1 replicaset api-5d8f7 images=shop/api:1.4.1 ready=2/2",
                "revision 2 replicaset api-6c9b4 images=shop/api:1.5.0 ready=0/1");
        assertTrue(text.indexOf("revision 1") < text.indexOf("revision 2"));
        assertContains(text.lines().filter(l -> l.startsWith("revision 2")).findFirst().orElseThrow(), "(current)");
        assertContains(run("rollout", "namespace", "shop", "deployment", "web"),
                "deployment web not found in namespace shop");
    }

    @Test
    void nodesShowPressureButNotOtherConditions() {
        String text = run("nodes");
        assertContains(text, "node node-1 roles=worker Ready=True MemoryPressure=True DiskPressure=False",
                "allocatable cpu=3920m memory=14Gi",
                "MemoryPressure=True KubeletHasInsufficientMemory: kubelet has insufficient memory available",
                "taints: node.kubernetes.io/memory-pressure:NoSchedule", "node node-2");
        assertFalse(text.contains("KernelDeadlock"));
    }

    @Test
    void endpointsSayClearlyWhenNothingIsReady() {
        String text = run("endpoints", "namespace", "shop", "service", "checkout");
        assertContains(text, "service checkout type=ClusterIP selector=app=checkout ports=http 80->8080/TCP",
                "not ready 10.0.1.7 (pod checkout-6f7d8-abcde) on node-1",
                "no endpoints: service checkout has no ready addresses (1 not ready)",
                "selector app=checkout matches 1 pod(s), 0 ready");
        assertContains(run("endpoints", "namespace", "shop", "service", "cart"),
                "service cart not found in namespace shop");
    }

    @Test
    void pvcsShowTheirWarningEvents() {
        String text = run("pvcs", "namespace", "shop");
        assertContains(text, "pvc data-db-0 phase=Pending class=fast-ssd requested=10Gi capacity=- volume=-",
                "Warning ProvisioningFailed PersistentVolumeClaim/data-db-0 x6: storageclass.storage.k8s.io"
                        + " \"fast-ssd\" not found");
    }

    @Test
    void resourcesFlagMissingLimitsAndOom() {
        String text = run("resources", "namespace", "shop");
        assertContains(text,
                "pod report-8f9c7-mm2lp container report: requests cpu=100m memory=128Mi; limits cpu=- memory=-"
                        + "  [NO LIMITS]",
                "pod api-5d8f7-q9zt4 container api: requests cpu=100m memory=128Mi; limits cpu=500m memory=256Mi"
                        + "  [OOMKilled at memory limit 256Mi]",
                "1 container(s) without cpu or memory limits: report-8f9c7-mm2lp/report");
    }
}
