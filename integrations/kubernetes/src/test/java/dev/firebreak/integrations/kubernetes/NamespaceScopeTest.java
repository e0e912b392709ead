package dev.firebreak.integrations.kubernetes;

import static dev.firebreak.integrations.kubernetes.MockCluster.CLUSTER;
import static dev.firebreak.integrations.kubernetes.MockCluster.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.firebreak.integrations.kubernetes.analysis.AnalysisSettings;
import dev.firebreak.integrations.kubernetes.analysis.ClusterAnalysis;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.micronaut.context.exceptions.ConfigurationException;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** FIREBREAK_NAMESPACES: the rule as a table, and a refused namespace costs no API call at all. */
@EnableKubernetesMockClient(crud = true)
class NamespaceScopeTest {
    private static final String SETTING = "payments, team-*, prod-eu/kube-system, arn:aws:eks:eu-west-1:1:cluster/core/ops";

    KubernetesMockServer server;
    KubernetesClient client;

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of("prod-eu", "payments", true),
                Arguments.of("prod-us", "payments", true),
                Arguments.of("prod-eu", "payments-v2", false),
                Arguments.of("prod-eu", "team-a", true),
                Arguments.of("prod-eu", "team-", true),
                Arguments.of("prod-eu", "ateam-a", false),
                Arguments.of("prod-eu", "kube-system", true),
                Arguments.of("prod-us", "kube-system", false),
                Arguments.of("arn:aws:eks:eu-west-1:1:cluster/core", "ops", true),
                Arguments.of("prod-eu", "ops", false),
                Arguments.of("prod-eu", "default", false),
                Arguments.of("prod-eu", null, false));
    }

    @ParameterizedTest(name = "{0}/{1} allowed: {2}")
    @MethodSource("table")
    void globsAndClusterScoping(String cluster, String namespace, boolean allowed) {
        assertEquals(allowed, NamespaceScope.of(SETTING).allows(cluster, namespace));
    }

    @Test
    void unsetMeansEveryNamespace() {
        assertTrue(NamespaceScope.of("").allows("prod-eu", "kube-system"));
        assertTrue(NamespaceScope.of(null).allows("prod-eu", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Payments", "team_a", "prod-eu/", "/x", "a b", "ns?"})
    void aMalformedEntryStopsTheStartWithOneLine(String entry) {
        String message = assertThrows(ConfigurationException.class, () -> NamespaceScope.of("payments," + entry)).getMessage();
        assertTrue(message.contains("FIREBREAK_NAMESPACES") && message.contains(entry.strip()), message);
        assertFalse(message.contains("\n"), message);
    }

    @Test
    void aRunbookStepOutsideTheListIsRefusedBeforeAnyApiCall() {
        ClusterActions actions = new ClusterActions(new Clusters(Map.of(CLUSTER, client), NamespaceScope.of("payments")),
                ClusterSettings.defaults(), new Redactor());
        int before = server.getRequestCount();

        for (ActionRequest step : new ActionRequest[] {request("pods", "namespace", "kube-system"),
                request("logs", "namespace", "kube-system", "pod", "coredns-1", "previous", "true"),
                request("events", "namespace", "kube-system")}) {
            String message = assertThrows(InvalidActionRequestException.class, () -> actions.run(step)).getMessage();
            assertTrue(message.contains("kube-system") && message.contains("allows: payments"), message);
        }
        // No namespace given means "default", which is not in the list either.
        assertThrows(InvalidActionRequestException.class, () -> actions.run(request("pods")));
        assertEquals(before, server.getRequestCount(), "API calls for a refused namespace");

        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName("payments").endMetadata().build()).create();
        int allowedBefore = server.getRequestCount();
        assertFalse(actions.run(request("pods", "namespace", "payments")).lines().isEmpty());
        assertFalse(actions.run(request("nodes")).lines().isEmpty(), "cluster-scoped reads stay allowed");
        assertTrue(server.getRequestCount() > allowedBefore, "allowed reads do reach the API server");
        actions.close();
    }

    @Test
    void aSummaryOutsideTheListIsRefusedBeforeAnyApiCall() {
        ClusterAnalysis analysis = new ClusterAnalysis(new Clusters(Map.of(CLUSTER, client), NamespaceScope.of("payments")),
                ClusterSettings.defaults(), AnalysisSettings.defaults(), new Redactor());
        int before = server.getRequestCount();

        String refused = assertThrows(InvalidActionRequestException.class,
                () -> analysis.analyze(CLUSTER, "kube-system", "coredns")).getMessage();
        assertTrue(refused.contains("allows: payments"), refused);
        String all = assertThrows(InvalidActionRequestException.class, () -> analysis.analyze(CLUSTER, null, null)).getMessage();
        assertTrue(all.contains("all namespaces"), all);
        assertEquals(before, server.getRequestCount(), "API calls for a refused namespace");
        analysis.close();
    }
}
