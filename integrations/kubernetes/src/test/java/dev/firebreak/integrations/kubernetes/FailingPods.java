package dev.firebreak.integrations.kubernetes;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** Pods as a real API server reports them when things go wrong (shapes copied from kubectl get pod -o yaml). */
final class FailingPods {
    static final String NS = "shop";
    /** A plaintext env value that must never be printed. */
    static final String PLAINTEXT_DB_PASSWORD = "Sup3rS3cretPlain!";

    private FailingPods() {}

    static String ago(Duration d) {
        return Instant.now().minus(d).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    /** CrashLoopBackOff: the app exits 1 on start, restarted 7 times; env holds a plaintext DB_PASSWORD. */
    static Pod crashLoop() {
        return base("api-6c9b4-x2x7k", Map.of("app", "api", "pod-template-hash", "6c9b4"), "node-1",
                "shop/api:1.5.0", "256Mi")
                .editSpec().editFirstContainer()
                .addNewEnv().withName("DB_HOST").withValue("db.shop.svc").endEnv()
                .addNewEnv().withName("DB_PASSWORD").withValue(PLAINTEXT_DB_PASSWORD).endEnv()
                .addNewEnv().withName("API_TOKEN").withNewValueFrom().withNewSecretKeyRef("token", "api-secrets", false)
                .endValueFrom().endEnv()
                .addNewEnvFrom().withNewSecretRef().withName("api-secrets").endSecretRef().endEnvFrom()
                .endContainer().endSpec()
                .withNewStatus().withPhase("Running").withStartTime(ago(Duration.ofMinutes(25)))
                .addNewCondition().withType("Ready").withStatus("False").withReason("ContainersNotReady").endCondition()
                .addToContainerStatuses(new ContainerStatusBuilder().withName("api").withReady(false)
                        .withRestartCount(7).withImage("shop/api:1.5.0")
                        .withNewState().withNewWaiting().withReason("CrashLoopBackOff")
                        .withMessage("back-off 5m0s restarting failed container=api pod=api-6c9b4-x2x7k_shop")
                        .endWaiting().endState()
                        .withNewLastState().withNewTerminated().withReason("Error").withExitCode(1)
                        .withStartedAt(ago(Duration.ofMinutes(3))).withFinishedAt(ago(Duration.ofMinutes(2)))
                        .endTerminated().endLastState().build())
                .endStatus().build();
    }

    /** Runs now, but its previous run was OOMKilled (exit 137) at a 256Mi limit. */
    static Pod oomKilled() {
        ContainerStatus status = new ContainerStatusBuilder().withName("api").withReady(true).withRestartCount(3)
                .withImage("shop/api:1.4.1")
                .withNewState().withNewRunning().withStartedAt(ago(Duration.ofMinutes(4))).endRunning().endState()
                .withNewLastState().withNewTerminated().withReason("OOMKilled").withExitCode(137)
                .withFinishedAt(ago(Duration.ofMinutes(4))).endTerminated().endLastState().build();
        return base("api-5d8f7-q9zt4", Map.of("app", "api", "pod-template-hash", "5d8f7"), "node-2",
                "shop/api:1.4.1", "256Mi")
                .withNewStatus().withPhase("Running").addToContainerStatuses(status).endStatus().build();
    }

    static Pod imagePullBackOff() {
        return base("worker-7b6d5-k8s9p", Map.of("app", "worker"), "node-2", "registry.example.com/shop/worker:1.9.9",
                "512Mi")
                .withNewStatus().withPhase("Pending")
                .addToContainerStatuses(new ContainerStatusBuilder().withName("worker").withReady(false)
                        .withRestartCount(0).withImage("registry.example.com/shop/worker:1.9.9")
                        .withNewState().withNewWaiting().withReason("ImagePullBackOff")
                        .withMessage("Back-off pulling image \"registry.example.com/shop/worker:1.9.9\"")
                        .endWaiting().endState().build())
                .endStatus().build();
    }

    /** Pending and unscheduled; also the one container here without any limits. */
    static Pod unschedulable() {
        Pod pod = base("report-8f9c7-mm2lp", Map.of("app", "report"), null, "shop/report:2.0.0", null)
                .withNewStatus().withPhase("Pending")
                .addNewCondition().withType("PodScheduled").withStatus("False").withReason("Unschedulable")
                .withMessage("0/3 nodes are available: 3 Insufficient memory.")
                .withLastTransitionTime(ago(Duration.ofMinutes(9))).endCondition()
                .endStatus().build();
        return pod;
    }

    /** Selected by the checkout service but never ready (its readiness probe fails). */
    static Pod checkoutNotReady() {
        return base("checkout-6f7d8-abcde", Map.of("app", "checkout"), "node-1", "shop/checkout:3.2.0", "128Mi")
                .withNewStatus().withPhase("Running").withPodIP("10.0.1.7")
                .addToContainerStatuses(new ContainerStatusBuilder().withName("checkout").withReady(false)
                        .withRestartCount(0).withNewState().withNewRunning().withStartedAt(ago(Duration.ofMinutes(30)))
                        .endRunning().endState().build())
                .endStatus().build();
    }

    private static PodBuilder base(String name, Map<String, String> labels, String node, String image,
            String memoryLimit) {
        String container = name.substring(0, name.indexOf('-'));
        PodBuilder b = new PodBuilder().withNewMetadata().withName(name).withNamespace(NS).withLabels(labels)
                .withCreationTimestamp(ago(Duration.ofMinutes(40))).endMetadata()
                .withNewSpec().withNodeName(node)
                .addNewContainer().withName(container).withImage(image)
                .withNewResources().addToRequests("cpu", new Quantity("100m")).addToRequests("memory",
                        new Quantity("128Mi"))
                .endResources().endContainer().endSpec();
        if (memoryLimit != null) {
            b.editSpec().editFirstContainer().editResources().addToLimits("memory", new Quantity(memoryLimit))
                    .addToLimits("cpu", new Quantity("500m")).endResources().endContainer().endSpec();
        }
        return b;
    }
}
