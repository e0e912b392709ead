package dev.firebreak.integrations.kubernetes.analysis;

import static dev.firebreak.integrations.kubernetes.analysis.Seed.NS;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.ago;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.agoText;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.assertEvidence;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.event;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.only;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Nodes, PVCs and HPAs: the standard failure conditions, and the look-alikes that must stay quiet. */
@EnableKubernetesMockClient(crud = true)
class ClusterLevelAnalyzersTest {
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

    @Test
    void pvcThatCannotBeProvisionedButNotOneWaitingForItsConsumer() {
        for (String name : List.of("data-db-0", "cache-0")) {
            client.persistentVolumeClaims().inNamespace(NS).resource(new PersistentVolumeClaimBuilder()
                    .withNewMetadata().withName(name).withNamespace(NS).endMetadata().withNewSpec()
                    .withStorageClassName("fast-ssd").withAccessModes("ReadWriteOnce").withNewResources()
                    .addToRequests("storage", new Quantity("10Gi")).endResources().endSpec().withNewStatus()
                    .withPhase("Pending").endStatus().build()).create();
        }
        event(client, "PersistentVolumeClaim", "data-db-0", "Warning", "ProvisioningFailed", 6,
                "storageclass.storage.k8s.io \"fast-ssd\" not found", Duration.ofMinutes(11), Duration.ofMinutes(1));
        event(client, "PersistentVolumeClaim", "cache-0", "Normal", "WaitForFirstConsumer", 3,
                "waiting for first consumer to be created before binding", Duration.ofMinutes(11),
                Duration.ofMinutes(1));
        Finding f = only(run(new PvcAnalyzer(), client), FailureClasses.PVC_PROVISIONING_FAILED,
                FindingSeverity.WARNING);
        assertEquals("data-db-0", f.name());
        assertEquals(ago(Duration.ofMinutes(11)), f.since());
        assertEvidence(f, "\"fast-ssd\" not found", "ProvisioningFailed x6");
        assertEquals("pvc-stuck", f.suggestedRunbook());
    }

    private HorizontalPodAutoscalerBuilder hpa(String type, String status, String reason, String message) {
        return new HorizontalPodAutoscalerBuilder().withNewMetadata().withName("api").withNamespace(NS).endMetadata()
                .withNewSpec().withNewScaleTargetRef().withApiVersion("apps/v1").withKind("Deployment")
                .withName("api").endScaleTargetRef().withMinReplicas(2).withMaxReplicas(10).endSpec()
                .withNewStatus().withCurrentReplicas(2).withDesiredReplicas(2).addNewCondition().withType(type)
                .withStatus(status).withReason(reason).withMessage(message)
                .withLastTransitionTime(agoText(Duration.ofMinutes(30))).endCondition().endStatus();
    }

    private void create(HorizontalPodAutoscalerBuilder b) {
        client.autoscaling().v2().horizontalPodAutoscalers().inNamespace(NS).resource(b.build()).create();
    }

    @Test
    void hpaThatCannotScaleItsTarget() {
        create(hpa("AbleToScale", "False", "FailedGetScale", "the HPA controller was unable to get the target's"
                + " current scale: deployments/scale.apps \"api\" not found"));
        Finding f = only(run(new HpaAnalyzer(), client), FailureClasses.HPA_CANNOT_SCALE, FindingSeverity.WARNING);
        assertEquals(ago(Duration.ofMinutes(30)), f.since());
        assertEvidence(f, "FailedGetScale", "unable to get the target's current scale", "min 2, max 10");
    }

    @Test
    void hpaWithoutItsMetrics() {
        create(hpa("ScalingActive", "False", "FailedGetResourceMetric", "the HPA was unable to compute the replica"
                + " count: failed to get cpu utilization: unable to get metrics for resource cpu: no metrics returned"
                + " from resource metrics API"));
        Finding f = only(run(new HpaAnalyzer(), client), FailureClasses.HPA_MISSING_METRICS, FindingSeverity.WARNING);
        assertEvidence(f, "FailedGetResourceMetric", "no metrics returned from resource metrics API");
    }

    @Test
    void hpaSittingAtItsMinimumIsNotAFinding() {
        create(hpa("ScalingLimited", "True", "TooFewReplicas", "the desired replica count is less than the minimum"
                + " replica count").editStatus().addNewCondition().withType("AbleToScale").withStatus("True")
                .withReason("ReadyForNewScale").endCondition().addNewCondition().withType("ScalingActive")
                .withStatus("True").withReason("ValidMetricFound").endCondition().endStatus());
        assertEquals(List.of(), run(new HpaAnalyzer(), client));
    }
}
