package dev.firebreak.integrations.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClustersTest {
    static final String KUBECONFIG = """
            apiVersion: v1
            kind: Config
            current-context: staging
            clusters:
            - name: eu
              cluster: {server: "https://eu.k8s.example.com:6443"}
            - name: stg
              cluster: {server: "https://stg.k8s.example.com:6443"}
            contexts:
            - name: prod-eu
              context: {cluster: eu, user: firebreak}
            - name: staging
              context: {cluster: stg, user: firebreak}
            users:
            - name: firebreak
              user: {token: not-a-real-token}
            """;

    @TempDir
    Path dir;
    private String previous;

    @BeforeEach
    void pointAtTestKubeconfig() throws Exception {
        Path file = dir.resolve("config");
        Files.writeString(file, KUBECONFIG);
        previous = System.getProperty(Config.KUBERNETES_KUBECONFIG_FILE);
        System.setProperty(Config.KUBERNETES_KUBECONFIG_FILE, file.toString());
    }

    @AfterEach
    void restore() {
        if (previous == null) {
            System.clearProperty(Config.KUBERNETES_KUBECONFIG_FILE);
        } else {
            System.setProperty(Config.KUBERNETES_KUBECONFIG_FILE, previous);
        }
    }

    @Test
    void configuredContextsMissingFromTheKubeconfigAreRefused() {
        try (Clusters clusters = new Clusters(new ClusterSettings(" prod-eu , prod-us,", Duration.ofSeconds(7), 0, 0))) {
            assertEquals(List.of("prod-eu"), clusters.names());
            assertTrue(clusters.allowed("prod-eu"));
            assertFalse(clusters.allowed("prod-us"));
            assertFalse(clusters.allowed("staging"), "in the kubeconfig but not configured");
            KubernetesClient client = clusters.client("prod-eu");
            assertSame(client, clusters.client("prod-eu"), "one cached client per context");
            assertEquals("https://eu.k8s.example.com:6443/", client.getConfiguration().getMasterUrl());
            assertEquals(7000, client.getConfiguration().getRequestTimeout());
            assertEquals(KubeconfigClientFactory.RETRIES, client.getConfiguration().getRequestRetryBackoffLimit());
            InvalidActionRequestException e = assertThrows(InvalidActionRequestException.class,
                    () -> clusters.client("staging"));
            assertTrue(e.getMessage().contains("allowed: prod-eu"), e.getMessage());
        }
    }

    @Test
    void noneConfiguredMeansTheCurrentContext() {
        try (Clusters clusters = new Clusters(ClusterSettings.defaults())) {
            assertEquals(List.of("staging"), clusters.names());
        }
    }

    @Test
    void fixedClientsAreAllAllowedAndNotClosedByUs() {
        Map<String, KubernetesClient> fixed = new LinkedHashMap<>();
        try (KubernetesClient a = new KubernetesClientBuilder().build();
                KubernetesClient b = new KubernetesClientBuilder().build()) {
            fixed.put("a", a);
            fixed.put("b", b);
            Clusters clusters = new Clusters(fixed);
            assertEquals(List.of("a", "b"), clusters.names());
            assertSame(b, clusters.client("b"));
            clusters.close();
        }
    }

    @Test
    void settingsDefaultsAndClusterList() {
        ClusterSettings defaults = ClusterSettings.defaults();
        assertEquals(Duration.ofSeconds(20), defaults.stepTimeout());
        assertEquals(500, defaults.maxLines());
        assertEquals(64 * 1024, defaults.maxBytes());
        assertEquals(List.of(), defaults.clusterNames());
        ClusterSettings odd = new ClusterSettings("a,,a, b", null, -1, 3);
        assertEquals(List.of("a", "b"), odd.clusterNames());
        assertEquals(ClusterSettings.DEFAULT_STEP_TIMEOUT, odd.stepTimeout());
        assertEquals(ClusterSettings.DEFAULT_MAX_LINES, odd.maxLines());
        assertEquals(ClusterSettings.MIN_BYTES, odd.maxBytes());
    }
}
