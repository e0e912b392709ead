package dev.firebreak.integrations.kubernetes.analysis;

import static dev.firebreak.integrations.kubernetes.analysis.Seed.ago;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.agoText;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.assertEvidence;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.create;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.event;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.only;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.pod;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@link PendingPodAnalyzer}: the failures it reports, each shaped as the API server reports it,
 * and the look-alikes it must leave alone.
 */
@EnableKubernetesMockClient(crud = true)
class PendingPodAnalyzerTest {
    KubernetesClient client;

    @Test
    void unschedulablePodCarriesTheSchedulersReason() {
        create(client, pod("report-1", "report").editSpec().withNodeName(null).endSpec().withNewStatus().withPhase("Pending")
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

    @Test
    void theCauseReadsTheSchedulersReasonsAndKeepsItsWords() {
        String message = "0/4 nodes are available: 1 node(s) had untolerated taint {dedicated: gpu}, 3 node(s) didn't"
                + " match Pod's node affinity/selector. preemption: 0/4 nodes are available: 4 Preemption is not"
                + " helpful for scheduling.";
        create(client, pod("report-2", "report").editSpec().withNodeName(null).addToNodeSelector("disktype", "nvme")
                .endSpec().withNewStatus().withPhase("Pending").addNewCondition().withType("PodScheduled")
                .withStatus("False").withReason("Unschedulable").withMessage(message)
                .withLastTransitionTime(agoText(Duration.ofMinutes(9))).endCondition().endStatus().build());
        Finding f = only(run(new PendingPodAnalyzer(), client), FailureClasses.UNSCHEDULABLE,
                FindingSeverity.WARNING);
        assertEquals("cannot be scheduled: no node matches its node selector/affinity (nodeSelector disktype=nvme);"
                + " nodes have the taint {dedicated: gpu} that it does not tolerate — the scheduler says: 0/4 nodes are"
                + " available: 1 node(s) had untolerated taint {dedicated: gpu}, 3 node(s) didn't match Pod's node"
                + " affinity/selector.", f.cause());
    }
}
