package dev.firebreak.integrations.kubernetes.analysis;

import static dev.firebreak.integrations.kubernetes.analysis.Seed.NS;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.ago;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.agoText;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.assertEvidence;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.event;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.only;
import static dev.firebreak.integrations.kubernetes.analysis.Seed.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deployments, ReplicaSets, StatefulSets and DaemonSets that are short of ready pods, and a healthy rollout. */
@EnableKubernetesMockClient(crud = true)
class WorkloadAnalyzersTest {
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

    @Test
    void statefulSetWithNoReadyReplica() {
        client.apps().statefulSets().inNamespace(NS).resource(new StatefulSetBuilder().withNewMetadata()
                .withName("db").withNamespace(NS).endMetadata().withNewSpec().withReplicas(3).withServiceName("db")
                .withNewTemplate().withNewSpec().addNewContainer().withName("db").withImage("postgres:16")
                .endContainer().endSpec().endTemplate().endSpec().withNewStatus().withReplicas(1).withReadyReplicas(0)
                .withCurrentRevision("db-5b8d2").withUpdateRevision("db-7c9f5").endStatus().build()).create();
        Finding f = only(run(new StatefulSetAnalyzer(), client), FailureClasses.STATEFULSET_UNAVAILABLE,
                FindingSeverity.CRITICAL);
        assertEvidence(f, "0/3", "postgres:16", "rolling from revision db-5b8d2 to db-7c9f5");
    }

    @Test
    void daemonSetUnavailableAndMisscheduled() {
        client.apps().daemonSets().inNamespace(NS).resource(new DaemonSetBuilder().withNewMetadata()
                .withName("log-agent").withNamespace(NS).endMetadata().withNewSpec().withNewTemplate().withNewSpec()
                .addNewContainer().withName("agent").withImage("fluent-bit:3.0").endContainer().endSpec().endTemplate()
                .endSpec().withNewStatus().withDesiredNumberScheduled(5).withNumberReady(3).withNumberUnavailable(2)
                .withNumberMisscheduled(1).withCurrentNumberScheduled(5).endStatus().build()).create();
        List<Finding> findings = run(new DaemonSetAnalyzer(), client);
        assertEquals(2, findings.size(), findings.toString());
        Finding unavailable = findings.get(0);
        assertEquals(FailureClasses.DAEMONSET_UNAVAILABLE, unavailable.failureClass());
        assertEquals(FindingSeverity.WARNING, unavailable.severity());
        assertEvidence(unavailable, "2 of 5 pods unavailable", "fluent-bit:3.0");
        assertEquals(FailureClasses.DAEMONSET_MISSCHEDULED, findings.get(1).failureClass());
        assertEquals(FindingSeverity.INFO, findings.get(1).severity());
        assertTrue(findings.get(1).summary().contains("1 pods"));
    }
}
