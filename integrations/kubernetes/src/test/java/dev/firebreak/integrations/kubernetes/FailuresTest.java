package dev.firebreak.integrations.kubernetes;

import static dev.firebreak.integrations.kubernetes.FailingPods.NS;
import static dev.firebreak.integrations.kubernetes.MockCluster.CLUSTER;
import static dev.firebreak.integrations.kubernetes.MockCluster.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.PodListBuilder;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Slow, refusing, unreachable and forbidding API servers, and requests we refuse ourselves. */
@EnableKubernetesMockClient
class FailuresTest {
    static final String FORBIDDEN = "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"message\":"
            + "\"pods is forbidden: User \\\"system:serviceaccount:firebreak:firebreak\\\" cannot list resource"
            + " \\\"pods\\\" in API group \\\"\\\" in the namespace \\\"shop\\\"\",\"reason\":\"Forbidden\","
            + "\"details\":{\"kind\":\"pods\"},\"code\":403}";

    KubernetesMockServer server;
    KubernetesClient client;

    @Test
    void aSlowApiServerTimesOutQuicklyAsRetryable() {
        server.expect().get().delay(5, TimeUnit.SECONDS).withPath("/api/v1/namespaces/shop/pods")
                .andReturn(200, new PodListBuilder().build()).once();
        try (ClusterActions actions = MockCluster.actions(client,
                MockCluster.settings(Duration.ofMillis(300), 500, 65536))) {
            long start = System.nanoTime();
            ClusterUnavailableException e = assertTimeoutPreemptively(Duration.ofSeconds(3), () ->
                    assertThrows(ClusterUnavailableException.class,
                            () -> actions.run(request("pods", "namespace", NS))));
            long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(tookMs < 2000, "took " + tookMs + " ms");
            assertTrue(e.retryable());
            assertEquals(CLUSTER, e.cluster());
            assertTrue(e.getMessage().contains("timed out after 0.3s running pods"), e.getMessage());
        }
    }

    @Test
    void forbiddenNamesTheMissingPermission() {
        server.expect().get().withPath("/api/v1/namespaces/shop/pods").andReturn(403, FORBIDDEN).once();
        try (ClusterActions actions = MockCluster.actions(client)) {
            ClusterAccessDeniedException e = assertThrows(ClusterAccessDeniedException.class,
                    () -> actions.run(request("pods", "namespace", NS)));
            assertFalse(e.retryable());
            assertEquals("list", e.verb());
            assertEquals("pods", e.resource());
            assertTrue(e.getMessage().contains("access denied: Firebreak may not list pods in namespace shop"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("RBAC hint"), e.getMessage());
        }
    }

    @Test
    void serverErrorsAreRetryable() {
        server.expect().get().withPath("/api/v1/nodes").andReturn(503, "{\"kind\":\"Status\",\"code\":503,"
                + "\"message\":\"etcdserver: leader changed\"}").always();
        // The mock's client retries 5xx ten times with backoff; production clients retry once.
        try (KubernetesClient noRetries = new KubernetesClientBuilder().withConfig(new ConfigBuilder(
                client.getConfiguration()).withRequestRetryBackoffLimit(0).build()).build();
                ClusterActions actions = MockCluster.actions(noRetries)) {
            ClusterUnavailableException e = assertThrows(ClusterUnavailableException.class,
                    () -> actions.run(request("nodes")));
            assertTrue(e.retryable());
            assertTrue(e.getMessage().contains("the API server answered 503: etcdserver: leader changed"),
                    e.getMessage());
        }
    }

    @Test
    void anUnreachableApiServerIsAClearRetryableError() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (KubernetesClient dead = new KubernetesClientBuilder().withConfig(new ConfigBuilder()
                .withMasterUrl("http://127.0.0.1:" + port).withRequestRetryBackoffLimit(0).build()).build();
                ClusterActions actions = MockCluster.actions(dead)) {
            ClusterUnavailableException e = assertThrows(ClusterUnavailableException.class,
                    () -> actions.run(request("nodes")));
            assertTrue(e.retryable());
            assertTrue(e.getMessage().contains("cannot reach the API server"), e.getMessage());
        }
    }

    @Test
    void requestsOutsideTheAllowListAreRefusedBeforeAnyCall() {
        try (ClusterActions actions = MockCluster.actions(client)) {
            InvalidActionRequestException unknownCluster = assertThrows(InvalidActionRequestException.class,
                    () -> actions.run(new ActionRequest("prod-us", "pods", Map.of("namespace", NS))));
            assertTrue(unknownCluster.getMessage().contains("not an allowed cluster; allowed: " + CLUSTER));
            assertThrows(InvalidActionRequestException.class, () -> actions.run(request("exec", "pod", "x")));
            assertThrows(InvalidActionRequestException.class, () -> actions.run(request("secrets")));
            InvalidActionRequestException badArg = assertThrows(InvalidActionRequestException.class,
                    () -> actions.run(request("pods", "namespace", "shop/../kube-system")));
            assertTrue(badArg.getMessage().contains("argument 'namespace' must be a DNS-1123 label"));
            assertThrows(InvalidActionRequestException.class,
                    () -> actions.run(request("rollout", "namespace", NS, "deployment", "API")));
            assertThrows(InvalidActionRequestException.class,
                    () -> actions.run(request("pods", "namespace", NS, "podd", "api")), "unknown argument");
            assertThrows(InvalidActionRequestException.class,
                    () -> actions.run(request("logs", "namespace", NS, "pod", "a", "tailLines", "lots")));
            assertThrows(InvalidActionRequestException.class,
                    () -> actions.run(request("rollout", "namespace", NS)), "deployment is required");
        }
        assertEquals(0, server.getRequestCount(), "nothing reached the API server");
    }
}
