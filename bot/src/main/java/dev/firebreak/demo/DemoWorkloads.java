package dev.firebreak.demo;

import dev.firebreak.integrations.kubernetes.PodLogLines;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.util.Map;

/**
 * The demo's trouble, shaped as an API server reports it: the checkout deployment has just rolled out version 3.2.0,
 * and its pods crash-loop because the new version cannot reach its database.
 */
final class DemoWorkloads {
    static final String NS = "shop";
    static final String DEPLOYMENT = "checkout";
    static final String HASH = "6f7c9d8b5";
    static final String[] PODS = {DEPLOYMENT + "-" + HASH + "-q8x2v", DEPLOYMENT + "-" + HASH + "-z7m4k"};
    static final String LAST_LOG_LINE =
            "FATAL checkout 3.2.0: cannot connect to orders-db.shop:5432: connection refused (ORDERS_DB_HOST changed in 3.2.0)";

    private DemoWorkloads() {}

    static void seed(KubernetesMockServer server, KubernetesClient k8s) {
        k8s.namespaces()
                .resource(new NamespaceBuilder()
                        .withNewMetadata()
                        .withName(NS)
                        .endMetadata()
                        .build())
                .create();
        Map<String, String> labels = Map.of("app", DEPLOYMENT);
        k8s.apps()
                .deployments()
                .inNamespace(NS)
                .resource(new DeploymentBuilder()
                        .withNewMetadata()
                        .withName(DEPLOYMENT)
                        .withNamespace(NS)
                        .withGeneration(5L)
                        .addToAnnotations("deployment.kubernetes.io/revision", "5")
                        .endMetadata()
                        .withNewSpec()
                        .withReplicas(2)
                        .withNewSelector()
                        .withMatchLabels(labels)
                        .endSelector()
                        .withTemplate(template(labels, "shop/checkout:3.2.0"))
                        .endSpec()
                        .withNewStatus()
                        .withReplicas(2)
                        .withUpdatedReplicas(2)
                        .withReadyReplicas(0)
                        .withAvailableReplicas(0)
                        .withUnavailableReplicas(2)
                        .addNewCondition()
                        .withType("Available")
                        .withStatus("False")
                        .withReason("MinimumReplicasUnavailable")
                        .withMessage("Deployment does not have minimum availability.")
                        .endCondition()
                        .endStatus()
                        .build())
                .create();
        String rolledOut = null;
        for (int revision = 4; revision <= 5; revision++) {
            boolean current = revision == 5;
            String hash = current ? HASH : "58b7f6c4d9";
            var created = k8s.apps()
                    .replicaSets()
                    .inNamespace(NS)
                    .resource(new ReplicaSetBuilder()
                            .withNewMetadata()
                            .withName(DEPLOYMENT + "-" + hash)
                            .withNamespace(NS)
                            .addToLabels("app", DEPLOYMENT)
                            .addToLabels("pod-template-hash", hash)
                            .addToAnnotations("deployment.kubernetes.io/revision", String.valueOf(revision))
                            .addNewOwnerReference()
                            .withKind("Deployment")
                            .withName(DEPLOYMENT)
                            .withApiVersion("apps/v1")
                            .withUid("checkout-uid")
                            .withController(true)
                            .endOwnerReference()
                            .endMetadata()
                            .withNewSpec()
                            .withReplicas(current ? 2 : 0)
                            .withNewSelector()
                            .withMatchLabels(labels)
                            .endSelector()
                            .withTemplate(template(labels, current ? "shop/checkout:3.2.0" : "shop/checkout:3.1.4"))
                            .endSpec()
                            .withNewStatus()
                            .withReplicas(current ? 2 : 0)
                            .withReadyReplicas(0)
                            .endStatus()
                            .build())
                    .create();
            // The API server dates a new object itself; the crashes start with the rollout, as they would.
            rolledOut = created.getMetadata().getCreationTimestamp();
        }
        String crashesSince = rolledOut;
        for (String pod : PODS) {
            k8s.pods()
                    .inNamespace(NS)
                    .resource(new PodBuilder()
                            .withNewMetadata()
                            .withName(pod)
                            .withNamespace(NS)
                            .addToLabels("app", DEPLOYMENT)
                            .addToLabels("pod-template-hash", HASH)
                            .addNewOwnerReference()
                            .withKind("ReplicaSet")
                            .withName(DEPLOYMENT + "-" + HASH)
                            .withApiVersion("apps/v1")
                            .withController(true)
                            .endOwnerReference()
                            .endMetadata()
                            .withNewSpec()
                            .withNodeName("node-a")
                            .addNewContainer()
                            .withName("app")
                            .withImage("shop/checkout:3.2.0")
                            .endContainer()
                            .endSpec()
                            .withNewStatus()
                            .withPhase("Running")
                            .withStartTime(crashesSince)
                            .addNewCondition()
                            .withType("Ready")
                            .withStatus("False")
                            .withReason("ContainersNotReady")
                            .endCondition()
                            .addToContainerStatuses(new ContainerStatusBuilder()
                                    .withName("app")
                                    .withReady(false)
                                    .withRestartCount(3)
                                    .withImage("shop/checkout:3.2.0")
                                    .withNewState()
                                    .withNewWaiting()
                                    .withReason("CrashLoopBackOff")
                                    .withMessage("back-off 5m0s restarting failed container=app pod=" + pod)
                                    .endWaiting()
                                    .endState()
                                    .withNewLastState()
                                    .withNewTerminated()
                                    .withReason("Error")
                                    .withExitCode(1)
                                    .withStartedAt(crashesSince)
                                    .withFinishedAt(crashesSince)
                                    .endTerminated()
                                    .endLastState()
                                    .build())
                            .endStatus()
                            .build())
                    .create();
            String log = "2026-12-07T03:01:10Z INFO starting checkout 3.2.0\n"
                    + "2026-12-07T03:01:11Z WARN orders-db.shop:5432 not answering, retrying (1/3)\n"
                    + "2026-12-07T03:01:14Z ERROR orders-db.shop:5432 not answering, giving up after 3 tries\n"
                    + "2026-12-07T03:01:14Z " + LAST_LOG_LINE + "\n";
            // The summary reads 500 lines, a runbook step 100; a crashed container's log is the same either way.
            for (String tail : new String[] {"100", "500"}) {
                for (String previous : new String[] {"", "&previous=true"}) {
                    for (String container : new String[] {"", "&container=app"}) {
                        server.expect()
                                .get()
                                .withPath("/api/v1/namespaces/" + NS + "/pods/" + pod + "/log?pretty=false" + container
                                        + previous + "&tailLines=" + tail + "&limitBytes=" + PodLogLines.MAX_BYTES)
                                .andReturn(200, log)
                                .always();
                    }
                }
            }
            event(
                    k8s,
                    "backoff-" + pod,
                    "Pod",
                    pod,
                    "Warning",
                    "BackOff",
                    "Back-off restarting failed container app in pod " + pod,
                    crashesSince);
        }
        event(
                k8s,
                "rollout-5",
                "Deployment",
                DEPLOYMENT,
                "Normal",
                "ScalingReplicaSet",
                "Scaled up replica set " + DEPLOYMENT + "-" + HASH + " to 2",
                crashesSince);
    }

    /** The pod template of the deployment and its replica sets: one container, its image, a memory limit. */
    private static PodTemplateSpec template(Map<String, String> labels, String image) {
        return new PodTemplateSpecBuilder()
                .withNewMetadata()
                .withLabels(labels)
                .endMetadata()
                .withNewSpec()
                .addNewContainer()
                .withName("app")
                .withImage(image)
                .withNewResources()
                .addToLimits("memory", new Quantity("512Mi"))
                .endResources()
                .endContainer()
                .endSpec()
                .build();
    }

    private static void event(
            KubernetesClient k8s,
            String name,
            String kind,
            String object,
            String type,
            String reason,
            String message,
            String since) {
        k8s.v1()
                .events()
                .inNamespace(NS)
                .resource(new EventBuilder()
                        .withNewMetadata()
                        .withName(name)
                        .withNamespace(NS)
                        .endMetadata()
                        .withNewInvolvedObject()
                        .withKind(kind)
                        .withName(object)
                        .withNamespace(NS)
                        .endInvolvedObject()
                        .withType(type)
                        .withReason(reason)
                        .withMessage(message)
                        .withCount(8)
                        .withLastTimestamp(since)
                        .withFirstTimestamp(since)
                        .build())
                .create();
    }
}
