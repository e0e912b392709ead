package dev.firebreak.integrations.kubernetes.analysis;

import static dev.firebreak.integrations.kubernetes.analysis.Seed.NS;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.ago;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.agoText;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.assertEvidence;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.only;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link HpaAnalyzer}: the failures it reports, each shaped as the API server reports it,
 * and the look-alikes it must leave alone.
 */
@EnableKubernetesMockClient(crud = true)
class HpaAnalyzerTest {
    KubernetesClient client;

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
