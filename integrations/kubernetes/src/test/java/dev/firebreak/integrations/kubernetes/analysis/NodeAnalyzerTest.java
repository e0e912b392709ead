package dev.firebreak.integrations.kubernetes.analysis;

import static dev.firebreak.integrations.kubernetes.analysis.Seed.ago;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.agoText;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.assertEvidence;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.only;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link NodeAnalyzer}: the failures it reports, each shaped as the API server reports it,
 * and the look-alikes it must leave alone.
 */
@EnableKubernetesMockClient(crud = true)
class NodeAnalyzerTest {
    KubernetesClient client;

    private NodeBuilder node(String name) {
        return new NodeBuilder().withNewMetadata().withName(name).endMetadata().withNewStatus().endStatus();
    }

    private static NodeBuilder condition(NodeBuilder b, String type, String status, String reason, Duration ago) {
        return b.editStatus().addNewCondition().withType(type).withStatus(status).withReason(reason)
                .withMessage(reason + " message").withLastTransitionTime(agoText(ago)).endCondition().endStatus();
    }

    @Test
    void nodeNotReady() {
        client.nodes().resource(condition(node("node-3"), "Ready", "Unknown", "NodeStatusUnknown",
                Duration.ofMinutes(4)).build()).create();
        Finding f = only(run(new NodeAnalyzer(), client), FailureClasses.NODE_NOT_READY, FindingSeverity.CRITICAL);
        assertNull(f.namespace(), "nodes are cluster-scoped");
        assertEquals(ago(Duration.ofMinutes(4)), f.since());
        assertEvidence(f, "Ready=Unknown NodeStatusUnknown");
        assertEquals("node-pressure", f.suggestedRunbook());
    }

    @Test
    void nodeUnderMemoryPressure() {
        NodeBuilder b = condition(node("node-1"), "Ready", "True", "KubeletReady", Duration.ofDays(30));
        b = condition(b, "MemoryPressure", "True", "KubeletHasInsufficientMemory", Duration.ofMinutes(18));
        client.nodes().resource(condition(b, "DiskPressure", "False", "KubeletHasNoDiskPressure",
                Duration.ofDays(30)).build()).create();
        Finding f = only(run(new NodeAnalyzer(), client), FailureClasses.MEMORY_PRESSURE, FindingSeverity.WARNING);
        assertEquals(ago(Duration.ofMinutes(18)), f.since());
        assertEvidence(f, "KubeletHasInsufficientMemory");
    }

    @Test
    void nonStandardNodeConditionsStayQuiet() {
        NodeBuilder b = condition(node("node-2"), "Ready", "True", "KubeletReady", Duration.ofDays(30));
        b = condition(b, "KernelDeadlock", "False", "KernelHasNoDeadlock", Duration.ofDays(30));
        b = condition(b, "FrequentKubeletRestart", "True", "FrequentKubeletRestart", Duration.ofHours(1));
        client.nodes().resource(condition(b, "ReadonlyFilesystem", "False", "FilesystemIsNotReadOnly",
                Duration.ofDays(30)).build()).create();
        assertEquals(List.of(), run(new NodeAnalyzer(), client));
    }
}
