package dev.firebreak.integrations.kubernetes;

import static dev.firebreak.integrations.kubernetes.FailingPods.NS;
import static dev.firebreak.integrations.kubernetes.FailingPods.ago;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.EndpointsBuilder;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.Map;

/**
 * A namespace in trouble, as seen during a real incident: a stuck rollout (revision 2 crash-looping, revision 1
 * OOMKilled), a service with no ready endpoints, a PVC that cannot be provisioned, a node under memory pressure.
 */
final class FailingCluster {
    private FailingCluster() {}

    static void seed(KubernetesClient client) {
        client.namespaces().resource(new io.fabric8.kubernetes.api.model.NamespaceBuilder().withNewMetadata()
                .withName(NS).endMetadata().build()).create();
        for (var pod : new io.fabric8.kubernetes.api.model.Pod[] {FailingPods.crashLoop(), FailingPods.oomKilled(),
                FailingPods.imagePullBackOff(), FailingPods.unschedulable(), FailingPods.checkoutNotReady()}) {
            client.pods().inNamespace(NS).resource(pod).create();
        }
        Deployment api = client.apps().deployments().inNamespace(NS).resource(deployment()).create();
        replicaSet(client, api, "api-5d8f7", 1, "shop/api:1.4.1", 2, 2, Duration.ofDays(3));
        replicaSet(client, api, "api-6c9b4", 2, "shop/api:1.5.0", 1, 0, Duration.ofMinutes(25));
        client.services().inNamespace(NS).resource(new ServiceBuilder().withNewMetadata().withName("checkout")
                .endMetadata().withNewSpec().withType("ClusterIP").withSelector(Map.of("app", "checkout"))
                .addNewPort().withName("http").withPort(80).withNewTargetPort(8080).withProtocol("TCP").endPort()
                .endSpec().build()).create();
        client.endpoints().inNamespace(NS).resource(new EndpointsBuilder().withNewMetadata().withName("checkout")
                .endMetadata().addNewSubset().addNewNotReadyAddress().withIp("10.0.1.7").withNodeName("node-1")
                .withNewTargetRef().withKind("Pod").withName("checkout-6f7d8-abcde").withNamespace(NS).endTargetRef()
                .endNotReadyAddress().addNewPort().withName("http").withPort(8080).endPort().endSubset().build())
                .create();
        client.persistentVolumeClaims().inNamespace(NS).resource(new PersistentVolumeClaimBuilder()
                .withNewMetadata().withName("data-db-0").withCreationTimestamp(ago(Duration.ofMinutes(12)))
                .endMetadata().withNewSpec().withStorageClassName("fast-ssd").withAccessModes("ReadWriteOnce")
                .withNewResources().addToRequests("storage", new Quantity("10Gi")).endResources().endSpec()
                .withNewStatus().withPhase("Pending").endStatus().build()).create();
        event(client, "data-db-0.17a", "PersistentVolumeClaim", "data-db-0", "Warning", "ProvisioningFailed", 6,
                "storageclass.storage.k8s.io \"fast-ssd\" not found", Duration.ofMinutes(1));
        event(client, "api-6c9b4-x2x7k.17b", "Pod", "api-6c9b4-x2x7k", "Warning", "BackOff", 7,
                "Back-off restarting failed container api in pod api-6c9b4-x2x7k_shop(0f1e)", Duration.ofMinutes(2));
        event(client, "api.17c", "Deployment", "api", "Normal", "ScalingReplicaSet", 1,
                "Scaled up replica set api-6c9b4 to 1", Duration.ofMinutes(25));
        event(client, "api-6c9b4-x2x7k.17d", "Pod", "api-6c9b4-x2x7k", "Warning", "Unhealthy", 3,
                "Readiness probe failed: GET /ready?password=hunter2 returned 500", Duration.ofMinutes(3));
        event(client, "old.17e", "Pod", "api-5d8f7-q9zt4", "Normal", "Pulled", 1,
                "Container image \"shop/api:1.4.1\" already present on machine", Duration.ofHours(5));
        client.configMaps().inNamespace(NS).resource(new ConfigMapBuilder().withNewMetadata().withName("api-config")
                .withCreationTimestamp(ago(Duration.ofMinutes(30))).endMetadata()
                .addToData("DATABASE_URL", "postgres://app:s3cr3t@db:5432/x").build()).create();
        nodes(client);
    }

    static Deployment deployment() {
        return new DeploymentBuilder().withNewMetadata().withName("api").withNamespace(NS).withGeneration(2L)
                .endMetadata().withNewSpec().withReplicas(3).withNewSelector().addToMatchLabels("app", "api")
                .endSelector().withNewStrategy().withType("RollingUpdate").endStrategy()
                .withNewTemplate().withNewMetadata().addToLabels("app", "api").endMetadata().withNewSpec()
                .addNewContainer().withName("api").withImage("shop/api:1.5.0").endContainer().endSpec().endTemplate()
                .endSpec()
                .withNewStatus().withObservedGeneration(2L).withReplicas(3).withUpdatedReplicas(1).withReadyReplicas(2)
                .withAvailableReplicas(2).withUnavailableReplicas(1)
                .addNewCondition().withType("Available").withStatus("False").withReason("MinimumReplicasUnavailable")
                .withMessage("Deployment does not have minimum availability.")
                .withLastUpdateTime(ago(Duration.ofMinutes(20))).endCondition()
                .addNewCondition().withType("Progressing").withStatus("False").withReason("ProgressDeadlineExceeded")
                .withMessage("ReplicaSet \"api-6c9b4\" has timed out progressing.")
                .withLastUpdateTime(ago(Duration.ofMinutes(15))).endCondition()
                .endStatus().build();
    }

    private static void replicaSet(KubernetesClient client, Deployment owner, String name, int revision,
            String image, int desired, int ready, Duration age) {
        client.apps().replicaSets().inNamespace(NS).resource(new ReplicaSetBuilder().withNewMetadata().withName(name)
                .withCreationTimestamp(ago(age)).addToLabels("app", "api")
                .addToAnnotations(ReplicaSets.REVISION, String.valueOf(revision))
                .addNewOwnerReference().withApiVersion("apps/v1").withKind("Deployment").withName("api")
                .withUid(owner.getMetadata().getUid()).withController(true).endOwnerReference().endMetadata()
                .withNewSpec().withReplicas(desired).withNewSelector().addToMatchLabels("app", "api").endSelector()
                .withNewTemplate().withNewMetadata().addToLabels("app", "api").endMetadata().withNewSpec()
                .addNewContainer().withName("api").withImage(image).endContainer().endSpec().endTemplate().endSpec()
                .withNewStatus().withReplicas(desired).withReadyReplicas(ready).endStatus().build()).create();
    }

    static void event(KubernetesClient client, String name, String kind, String object, String type, String reason,
            int count, String message, Duration ago) {
        client.v1().events().inNamespace(NS).resource(new EventBuilder().withNewMetadata().withName(name)
                .endMetadata().withNewInvolvedObject().withKind(kind).withName(object).withNamespace(NS)
                .endInvolvedObject().withType(type).withReason(reason).withCount(count).withMessage(message)
                .withFirstTimestamp(ago(ago.plusMinutes(30))).withLastTimestamp(ago(ago)).build()).create();
    }

    private static void nodes(KubernetesClient client) {
        client.nodes().resource(new NodeBuilder().withNewMetadata().withName("node-1")
                .addToLabels("node-role.kubernetes.io/worker", "").withCreationTimestamp(ago(Duration.ofDays(30)))
                .endMetadata().withNewSpec().addNewTaint().withKey("node.kubernetes.io/memory-pressure")
                .withEffect("NoSchedule").endTaint().endSpec()
                .withNewStatus().addToAllocatable("cpu", new Quantity("3920m"))
                .addToAllocatable("memory", new Quantity("14Gi"))
                .addNewCondition().withType("MemoryPressure").withStatus("True")
                .withReason("KubeletHasInsufficientMemory")
                .withMessage("kubelet has insufficient memory available")
                .withLastTransitionTime(ago(Duration.ofMinutes(18))).endCondition()
                .addNewCondition().withType("DiskPressure").withStatus("False").withReason("KubeletHasNoDiskPressure")
                .endCondition()
                .addNewCondition().withType("KernelDeadlock").withStatus("False").withReason("KernelHasNoDeadlock")
                .endCondition()
                .addNewCondition().withType("Ready").withStatus("True").withReason("KubeletReady").endCondition()
                .endStatus().build()).create();
        client.nodes().resource(new NodeBuilder().withNewMetadata().withName("node-2")
                .withCreationTimestamp(ago(Duration.ofDays(30))).endMetadata()
                .withNewStatus().addToAllocatable("cpu", new Quantity("3920m"))
                .addToAllocatable("memory", new Quantity("14Gi"))
                .addNewCondition().withType("MemoryPressure").withStatus("False").endCondition()
                .addNewCondition().withType("Ready").withStatus("True").withReason("KubeletReady").endCondition()
                .endStatus().build()).create();
    }
}
