package dev.firebreak.integrations.kubernetes;

import static dev.firebreak.integrations.kubernetes.FailingPods.NS;
import static dev.firebreak.integrations.kubernetes.MockCluster.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Mutating actions are flagged, kept apart from the read-only set, and do exactly what kubectl would. */
@EnableKubernetesMockClient(crud = true)
class MutatingActionsTest {
    KubernetesMockServer server;
    KubernetesClient client;
    private ClusterActions actions;

    @BeforeEach
    void setUp() {
        client.apps().deployments().inNamespace(NS).resource(FailingCluster.deployment()).create();
        client.nodes().resource(new NodeBuilder().withNewMetadata().withName("node-1").endMetadata().build()).create();
        actions = MockCluster.actions(client);
    }

    @AfterEach
    void close() {
        actions.close();
    }

    @Test
    void mutatingActionsAreFlaggedAndSeparate() {
        Set<String> readOnly = Arrays.stream(DiagnosticAction.values()).map(DiagnosticAction::actionName)
                .collect(Collectors.toSet());
        Set<String> mutating = Arrays.stream(MutatingAction.values()).map(MutatingAction::actionName)
                .collect(Collectors.toSet());
        assertEquals(Set.of("pods", "events", "logs", "rollout", "nodes", "endpoints", "pvcs", "resources", "metrics",
                "recent-changes"), actions.readOnlyActions());
        assertEquals(readOnly, actions.readOnlyActions());
        assertEquals(Set.of("rollout-restart", "scale", "cordon"), actions.mutatingActions());
        assertEquals(mutating, actions.mutatingActions());
        Set<String> overlap = new HashSet<>(readOnly);
        overlap.retainAll(mutating);
        assertTrue(overlap.isEmpty());
        mutating.forEach(name -> assertTrue(actions.isMutating(name), name));
        readOnly.forEach(name -> assertFalse(actions.isMutating(name), name));
        assertFalse(actions.isMutating("no-such-action"));
        // Each enum's implementation agrees with the set it is listed in.
        Arrays.stream(DiagnosticAction.values()).forEach(a -> assertFalse(a.create().mutating(), a.actionName()));
        Arrays.stream(MutatingAction.values()).forEach(a -> assertTrue(a.create().mutating(), a.actionName()));
        Arrays.stream(DiagnosticAction.values()).forEach(a -> assertEquals(a.actionName(), a.create().name()));
        Arrays.stream(MutatingAction.values()).forEach(a -> assertEquals(a.actionName(), a.create().name()));
    }

    @Test
    void rolloutRestartPatchesTheTemplateAnnotation() {
        Instant before = Instant.now().minusSeconds(1);
        ActionOutput out = actions.run(request("rollout-restart", "namespace", NS, "deployment", "api"));
        assertTrue(out.lines().get(0).startsWith("deployment api in namespace shop restarted"), out.text());
        Deployment d = client.apps().deployments().inNamespace(NS).withName("api").get();
        String restartedAt = d.getSpec().getTemplate().getMetadata().getAnnotations()
                .get(RolloutRestartAction.RESTARTED_AT);
        assertNotNull(restartedAt);
        assertFalse(Instant.parse(restartedAt).isBefore(before));
        assertEquals("shop/api:1.5.0", d.getSpec().getTemplate().getSpec().getContainers().get(0).getImage(),
                "the rest of the template is untouched");
        assertEquals("deployment nope not found in namespace shop",
                actions.run(request("rollout-restart", "namespace", NS, "deployment", "nope")).text());
    }

    @Test
    void scaleSetsReplicas() {
        ActionOutput out = actions.run(request("scale", "namespace", NS, "deployment", "api", "replicas", "5"));
        assertEquals("deployment api in namespace shop scaled from 3 to 5 replicas", out.text());
        assertEquals(5, client.apps().deployments().inNamespace(NS).withName("api").get().getSpec().getReplicas());
    }

    @Test
    void cordonMarksTheNodeUnschedulableOnce() {
        assertTrue(actions.run(request("cordon", "node", "node-1")).text().startsWith("node node-1 cordoned"));
        assertTrue(client.nodes().withName("node-1").get().getSpec().getUnschedulable());
        assertEquals("node node-1 is already cordoned", actions.run(request("cordon", "node", "node-1")).text());
        assertTrue(actions.run(request("cordon", "node", "node-9")).took().compareTo(Duration.ofSeconds(20)) < 0);
    }
}
