package dev.firebreak.diagnostics;

import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.EndpointsBuilder;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaimBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * A namespace in trouble, shaped like a real API server reports it: a deployment whose pods crash-loop after a
 * rollout (one was OOM-killed), a service without ready endpoints, a stuck PVC, a node under memory pressure, and
 * secrets planted in env values and logs that must never come out.
 */
final class FailingWorkloads {
    static final String NS = "payments";
    static final String DEPLOYMENT = "payment-api";
    static final String PLAINTEXT_PASSWORD = "Pl4intextDbPass!";
    static final String LOGGED_PASSWORD = "hunter2hunter2";
    static final String LOGGED_DSN_PASSWORD = "s3cr3tDsnPass";
    static final String[] PODS = {"payment-api-7d9c8b6f5-x2k4q", "payment-api-7d9c8b6f5-9mzpl"};

    private FailingWorkloads() {}

    static void seed(KubernetesMockServer server, KubernetesClient k8s) {
        k8s.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(NS).endMetadata().build()).createOr(r -> r.update());
        Map<String, String> labels = Map.of("app", DEPLOYMENT);
        k8s.apps().deployments().inNamespace(NS).resource(new DeploymentBuilder()
                .withNewMetadata().withName(DEPLOYMENT).withNamespace(NS).withGeneration(2L)
                .addToAnnotations("deployment.kubernetes.io/revision", "2").withCreationTimestamp(ago(Duration.ofDays(3))).endMetadata()
                .withNewSpec().withReplicas(2).withNewSelector().withMatchLabels(labels).endSelector()
                .withNewTemplate().withNewMetadata().withLabels(labels).endMetadata().withNewSpec()
                .addNewContainer().withName("api").withImage("payments/api:2.4.0").withNewResources()
                .addToLimits("memory", new Quantity("256Mi")).addToRequests("memory", new Quantity("128Mi")).endResources()
                .endContainer().endSpec().endTemplate().endSpec()
                .withNewStatus().withReplicas(2).withUpdatedReplicas(2).withReadyReplicas(0).withAvailableReplicas(0)
                .addNewCondition().withType("Progressing").withStatus("False").withReason("ProgressDeadlineExceeded")
                .withMessage("ReplicaSet \"payment-api-7d9c8b6f5\" has timed out progressing.").endCondition()
                .endStatus().build()).createOr(r -> r.update());
        for (int revision = 1; revision <= 2; revision++) {
            String hash = revision == 1 ? "5c8d7b9f4" : "7d9c8b6f5";
            k8s.apps().replicaSets().inNamespace(NS).resource(new ReplicaSetBuilder().withNewMetadata()
                    .withName(DEPLOYMENT + "-" + hash).withNamespace(NS)
                    .addToLabels("app", DEPLOYMENT).addToLabels("pod-template-hash", hash)
                    .addToAnnotations("deployment.kubernetes.io/revision", String.valueOf(revision))
                    .withCreationTimestamp(ago(revision == 1 ? Duration.ofDays(3) : Duration.ofMinutes(40)))
                    .addNewOwnerReference().withKind("Deployment").withName(DEPLOYMENT).withApiVersion("apps/v1").withUid("dep-uid").endOwnerReference()
                    .endMetadata().withNewSpec().withReplicas(revision == 1 ? 0 : 2).withNewSelector().withMatchLabels(labels).endSelector()
                    .withNewTemplate().withNewMetadata().withLabels(labels).endMetadata().withNewSpec().addNewContainer()
                    .withName("api").withImage(revision == 1 ? "payments/api:2.3.9" : "payments/api:2.4.0").endContainer()
                    .endSpec().endTemplate().endSpec().withNewStatus().withReplicas(revision == 1 ? 0 : 2).withReadyReplicas(0).endStatus()
                    .build()).createOr(r -> r.update());
        }
        for (int i = 0; i < PODS.length; i++) {
            boolean oom = i == 1;
            k8s.pods().inNamespace(NS).resource(new PodBuilder().withNewMetadata().withName(PODS[i]).withNamespace(NS)
                    .addToLabels("app", DEPLOYMENT).addToLabels("pod-template-hash", "7d9c8b6f5")
                    .withCreationTimestamp(ago(Duration.ofMinutes(38))).endMetadata()
                    .withNewSpec().withNodeName("node-1").addNewContainer().withName("api").withImage("payments/api:2.4.0")
                    .addNewEnv().withName("DB_PASSWORD").withValue(PLAINTEXT_PASSWORD).endEnv()
                    .withNewResources().addToLimits("memory", new Quantity("256Mi")).endResources().endContainer().endSpec()
                    .withNewStatus().withPhase("Running").withStartTime(ago(Duration.ofMinutes(38)))
                    .addNewCondition().withType("Ready").withStatus("False").withReason("ContainersNotReady").endCondition()
                    .addToContainerStatuses(new ContainerStatusBuilder().withName("api").withReady(false).withRestartCount(oom ? 4 : 7)
                            .withImage("payments/api:2.4.0").withNewState().withNewWaiting().withReason("CrashLoopBackOff")
                            .withMessage("back-off 5m0s restarting failed container=api").endWaiting().endState()
                            .withNewLastState().withNewTerminated().withReason(oom ? "OOMKilled" : "Error").withExitCode(oom ? 137 : 1)
                            .withFinishedAt(ago(Duration.ofMinutes(2))).endTerminated().endLastState().build())
                    .endStatus().build()).createOr(r -> r.update());
            String log = "2026-11-28T02:58:01Z INFO starting payment-api 2.4.0\n"
                    + "2026-11-28T02:58:02Z INFO connecting with password=" + LOGGED_PASSWORD + "\n"
                    + "2026-11-28T02:58:02Z ERROR cannot reach postgres://app:" + LOGGED_DSN_PASSWORD + "@db.payments:5432/pay\n"
                    + "2026-11-28T02:58:03Z FATAL exiting: dial tcp 10.0.3.7:5432: connect: connection refused\n";
            for (String query : new String[] {"?pretty=false&previous=true&tailLines=100&limitBytes=4194304",
                    "?pretty=false&container=api&previous=true&tailLines=100&limitBytes=4194304"}) {
                server.expect().get().withPath("/api/v1/namespaces/" + NS + "/pods/" + PODS[i] + "/log" + query)
                        .andReturn(200, log).always();
            }
        }
        k8s.services().inNamespace(NS).resource(new ServiceBuilder().withNewMetadata().withName(DEPLOYMENT).withNamespace(NS).endMetadata()
                .withNewSpec().withSelector(labels).addNewPort().withPort(80).withNewTargetPort(8080).endPort().endSpec().build())
                .createOr(r -> r.update());
        k8s.endpoints().inNamespace(NS).resource(new EndpointsBuilder().withNewMetadata().withName(DEPLOYMENT).withNamespace(NS).endMetadata()
                .addNewSubset().addNewNotReadyAddress().withIp("10.0.4.12").withNewTargetRef().withKind("Pod").withName(PODS[0]).endTargetRef()
                .endNotReadyAddress().addNewPort().withPort(8080).endPort().endSubset().build()).createOr(r -> r.update());
        k8s.persistentVolumeClaims().inNamespace(NS).resource(new PersistentVolumeClaimBuilder().withNewMetadata()
                .withName("data-payment-db-0").withNamespace(NS).endMetadata().withNewSpec().withStorageClassName("fast-ssd")
                .withNewResources().addToRequests("storage", new Quantity("50Gi")).endResources().endSpec()
                .withNewStatus().withPhase("Pending").endStatus().build()).createOr(r -> r.update());
        k8s.nodes().resource(new NodeBuilder().withNewMetadata().withName("node-1").endMetadata()
                .withNewStatus().addNewCondition().withType("Ready").withStatus("True").endCondition()
                .addNewCondition().withType("MemoryPressure").withStatus("True").withReason("KubeletHasInsufficientMemory").endCondition()
                .addToAllocatable("memory", new Quantity("7Gi")).addToAllocatable("cpu", new Quantity("2")).endStatus().build())
                .createOr(r -> r.update());
        event(k8s, "backoff-1", "Pod", PODS[0], "Warning", "BackOff", "Back-off restarting failed container api in pod " + PODS[0]);
        event(k8s, "pvc-1", "PersistentVolumeClaim", "data-payment-db-0", "Warning", "ProvisioningFailed",
                "failed to provision volume with StorageClass \"fast-ssd\": rpc error: quota exceeded");
        event(k8s, "rollout-1", "Deployment", DEPLOYMENT, "Normal", "ScalingReplicaSet",
                "Scaled up replica set payment-api-7d9c8b6f5 to 2");
    }

    private static void event(KubernetesClient k8s, String name, String kind, String object, String type, String reason, String message) {
        k8s.v1().events().inNamespace(NS).resource(new EventBuilder().withNewMetadata().withName(name).withNamespace(NS).endMetadata()
                .withNewInvolvedObject().withKind(kind).withName(object).withNamespace(NS).endInvolvedObject()
                .withType(type).withReason(reason).withMessage(message).withCount(3)
                .withLastTimestamp(ago(Duration.ofMinutes(5))).withFirstTimestamp(ago(Duration.ofMinutes(35))).build())
                .createOr(r -> r.update());
    }

    private static String ago(Duration d) {
        return Instant.now().minus(d).truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
