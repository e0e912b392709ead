package dev.firebreak.integrations.kubernetes.analysis;

import static dev.firebreak.integrations.kubernetes.analysis.Seed.NS;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.ago;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.agoText;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.assertEvidence;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.event;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.only;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@link ReplicaSetAnalyzer}: the failures it reports, each shaped as the API server reports it,
 * and the look-alikes it must leave alone.
 */
@EnableKubernetesMockClient(crud = true)
class ReplicaSetAnalyzerTest {
    KubernetesClient client;

    @Test
    void replicaSetThatCannotCreatePods() {
        client.apps().replicaSets().inNamespace(NS).resource(new ReplicaSetBuilder().withNewMetadata()
                .withName("api-6c9b4").withNamespace(NS).addNewOwnerReference().withKind("Deployment").withName("api")
                .withApiVersion("apps/v1").withUid("u-api").endOwnerReference().endMetadata().withNewSpec()
                .withReplicas(3).endSpec().withNewStatus().withReplicas(0).addNewCondition().withType("ReplicaFailure")
                .withStatus("True").withReason("FailedCreate").withMessage("pods \"api-6c9b4-x\" is forbidden:"
                        + " exceeded quota: compute, requested: memory=512Mi, used: memory=3840Mi, limited:"
                        + " memory=4Gi").withLastTransitionTime(agoText(Duration.ofMinutes(6))).endCondition()
                .endStatus().build()).create();
        event(client, "ReplicaSet", "api-6c9b4", "Warning", "FailedCreate", 12, "Error creating: pods"
                + " \"api-6c9b4-x\" is forbidden: exceeded quota: compute", Duration.ofMinutes(7),
                Duration.ofMinutes(1));
        Finding f = only(run(new ReplicaSetAnalyzer(), client), FailureClasses.REPLICASET_FAILED_CREATE,
                FindingSeverity.CRITICAL);
        assertEquals(ago(Duration.ofMinutes(7)), f.since());
        assertEvidence(f, "exceeded quota: compute", "FailedCreate x12");
    }
}
