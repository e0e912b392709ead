package dev.firebreak.integrations.kubernetes.analysis;

import static dev.firebreak.integrations.kubernetes.analysis.Seed.NS;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.ago;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.agoText;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.assertEvidence;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.only;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link DeploymentAnalyzer}: the failures it reports, each shaped as the API server reports it,
 * and the look-alikes it must leave alone.
 */
@EnableKubernetesMockClient(crud = true)
class DeploymentAnalyzerTest {
    KubernetesClient client;

    static DeploymentBuilder deployment(String name, int desired, int ready) {
        return new DeploymentBuilder().withNewMetadata().withName(name).withNamespace(NS).endMetadata()
                .withNewSpec().withReplicas(desired).withNewSelector().addToMatchLabels("app", name).endSelector()
                .withNewTemplate().withNewMetadata().addToLabels("app", name).endMetadata().withNewSpec()
                .addNewContainer().withName(name).withImage("shop/" + name + ":1.5.0").endContainer().endSpec()
                .endTemplate().endSpec().withNewStatus().withReplicas(desired).withReadyReplicas(ready)
                .withUpdatedReplicas(ready).endStatus();
    }

    private void create(DeploymentBuilder d) {
        client.apps().deployments().inNamespace(NS).resource(d.build()).create();
    }

    @Test
    void deploymentShortOfReadyReplicas() {
        create(deployment("api", 3, 1).editStatus().addNewCondition().withType("Available").withStatus("False")
                .withReason("MinimumReplicasUnavailable").withMessage("Deployment does not have minimum availability.")
                .withLastTransitionTime(agoText(Duration.ofMinutes(12))).endCondition().addNewCondition()
                .withType("Progressing").withStatus("True").withReason("NewReplicaSetAvailable")
                .withLastTransitionTime(agoText(Duration.ofDays(2))).endCondition().endStatus());
        Finding f = only(run(new DeploymentAnalyzer(), client), FailureClasses.DEPLOYMENT_UNAVAILABLE,
                FindingSeverity.WARNING);
        assertEquals(ago(Duration.ofMinutes(12)), f.since());
        assertEvidence(f, "1/3 replicas ready", "MinimumReplicasUnavailable", "shop/api:1.5.0");
        assertEquals("rollout", f.suggestedRunbook());
    }

    @Test
    void rolloutPastItsProgressDeadline() {
        create(deployment("api", 3, 2).editStatus().addNewCondition().withType("Progressing").withStatus("False")
                .withReason("ProgressDeadlineExceeded")
                .withMessage("ReplicaSet \"api-6c9b4\" has timed out progressing.")
                .withLastTransitionTime(agoText(Duration.ofMinutes(15)))
                .withLastUpdateTime(agoText(Duration.ofMinutes(15)))
                .endCondition().endStatus());
        Finding f = only(run(new DeploymentAnalyzer(), client), FailureClasses.PROGRESS_DEADLINE_EXCEEDED,
                FindingSeverity.CRITICAL);
        assertEquals(ago(Duration.ofMinutes(15)), f.since());
        assertEvidence(f, "ProgressDeadlineExceeded", "has timed out progressing", "2/3");
    }

    @Test
    void rolloutWithinItsDeadlineIsNotAFailure() {
        create(deployment("api", 3, 2).editStatus().addNewCondition().withType("Available").withStatus("True")
                .withReason("MinimumReplicasAvailable").endCondition().addNewCondition().withType("Progressing")
                .withStatus("True").withReason("ReplicaSetUpdated")
                .withMessage("ReplicaSet \"api-6c9b4\" is progressing.")
                .withLastUpdateTime(agoText(Duration.ofSeconds(30))).endCondition().endStatus());
        assertEquals(List.of(), run(new DeploymentAnalyzer(), client));
    }
}
