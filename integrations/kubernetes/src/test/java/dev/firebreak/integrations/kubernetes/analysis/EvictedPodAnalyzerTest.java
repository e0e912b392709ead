package dev.firebreak.integrations.kubernetes.analysis;

import static dev.firebreak.integrations.kubernetes.analysis.Seed.ago;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.agoText;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.assertEvidence;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.create;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.only;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.pod;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@link EvictedPodAnalyzer}: the failures it reports, each shaped as the API server reports it,
 * and the look-alikes it must leave alone.
 */
@EnableKubernetesMockClient(crud = true)
class EvictedPodAnalyzerTest {
    KubernetesClient client;

    @Test
    void evictedPodSaysWhichResourceRanOut() {
        create(client, pod("api-6", "api").withNewStatus().withPhase("Failed").withReason("Evicted")
                .withMessage("The node was low on resource: memory. Threshold quantity: 100Mi, available: 51200Ki.")
                .addNewCondition().withType("DisruptionTarget").withStatus("True").withReason("TerminationByKubelet")
                .withLastTransitionTime(agoText(Duration.ofMinutes(8))).endCondition().endStatus().build());
        Finding f = only(run(new EvictedPodAnalyzer(), client), FailureClasses.EVICTED, FindingSeverity.WARNING);
        assertEquals(ago(Duration.ofMinutes(8)), f.since());
        assertEvidence(f, "low on resource: memory", "node-1");
        assertEquals("node-pressure", f.suggestedRunbook());
    }
}
