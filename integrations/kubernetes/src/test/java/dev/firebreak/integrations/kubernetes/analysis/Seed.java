package dev.firebreak.integrations.kubernetes.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.batch.v1.JobBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Builders for objects as a real API server reports them when things go wrong (shapes from kubectl get -o yaml).
 * Times go in status, conditions and events: the CRUD mock restamps creationTimestamp on create.
 */
final class Seed {
    static final String NS = "shop";
    static final String CLUSTER = "prod-eu";
    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private Seed() {}

    static Instant ago(Duration d) {
        return NOW.minus(d);
    }

    static String agoText(Duration d) {
        return ago(d).toString();
    }

    static AnalysisScope scope(KubernetesClient client) {
        return new AnalysisScope(client, CLUSTER, NS, null, NOW);
    }

    static List<Finding> run(Analyzer analyzer, KubernetesClient client) {
        return analyzer.analyze(scope(client));
    }

    /** The only finding, checked for the fields every finding must get right. */
    static Finding only(List<Finding> findings, String failureClass, FindingSeverity severity) {
        assertEquals(1, findings.size(), findings.toString());
        Finding f = findings.get(0);
        assertEquals(failureClass, f.failureClass(), f.toString());
        assertEquals(severity, f.severity(), f.toString());
        assertEquals(CLUSTER, f.cluster());
        return f;
    }

    static void assertEvidence(Finding f, String... fragments) {
        String all = f.summary() + "\n" + String.join("\n", f.evidence());
        for (String fragment : fragments) {
            assertTrue(all.contains(fragment), "missing '" + fragment + "' in:\n" + all);
        }
    }

    /** A pod of the api Deployment with one container and a 256Mi limit, no status yet. */
    static PodBuilder pod(String name, String app) {
        return new PodBuilder().withNewMetadata().withName(name).withNamespace(NS).withLabels(Map.of("app", app))
                .endMetadata().withNewSpec().withNodeName("node-1").addNewContainer().withName(app)
                .withImage("shop/" + app + ":1.5.0").withNewResources().addToLimits("memory", new Quantity("256Mi"))
                .endResources().endContainer().endSpec();
    }

    static ContainerStatusBuilder container(String name, boolean ready, int restarts) {
        return new ContainerStatusBuilder().withName(name).withReady(ready).withRestartCount(restarts)
                .withImage("shop/" + name + ":1.5.0");
    }

    /** An event first seen {@code first} ago and last seen {@code last} ago, {@code count} times. */
    static void event(KubernetesClient client, String kind, String object, String type, String reason, int count,
            String message, Duration first, Duration last) {
        client.v1().events().inNamespace(NS).resource(new EventBuilder().withNewMetadata()
                .withName(object + "." + Long.toHexString(System.nanoTime())).endMetadata()
                .withNewInvolvedObject().withKind(kind).withName(object).withNamespace(NS).endInvolvedObject()
                .withType(type).withReason(reason).withCount(count).withMessage(message)
                .withFirstTimestamp(agoText(first)).withLastTimestamp(agoText(last)).build()).create();
    }

    static void create(KubernetesClient client, Pod pod) {
        client.pods().inNamespace(NS).resource(pod).create();
    }

    /** An api pod in {@code phase}, not ready for 20 minutes, with one container status. */
    static Pod withStatus(String name, String phase, ContainerStatus cs) {
        return pod(name, "api").withNewStatus().withPhase(phase).addNewCondition().withType("Ready")
                .withStatus("False").withReason("ContainersNotReady").withLastTransitionTime(agoText(
                        Duration.ofMinutes(20))).endCondition().addToContainerStatuses(cs).endStatus().build();
    }

    /** A Job with a backoff limit of 3, owned by CronJob {@code owner} when not null. */
    static JobBuilder job(String name, String owner, int failed, int succeeded, Duration started) {
        JobBuilder b = new JobBuilder().withNewMetadata().withName(name).withNamespace(NS).endMetadata()
                .withNewSpec().withBackoffLimit(3).withCompletions(1).endSpec().withNewStatus().withFailed(failed)
                .withSucceeded(succeeded).withStartTime(agoText(started)).endStatus();
        if (owner != null) {
            b.editMetadata().addNewOwnerReference().withApiVersion("batch/v1").withKind("CronJob").withName(owner)
                    .withUid("u-" + owner).endOwnerReference().endMetadata();
        }
        return b;
    }

    static void create(KubernetesClient client, JobBuilder b) {
        client.batch().v1().jobs().inNamespace(NS).resource(b.build()).create();
    }

    /** A Job the controller gave up on (Failed=True BackoffLimitExceeded) three minutes after it started. */
    static JobBuilder failedJob(String name, String owner, Duration started) {
        return job(name, owner, 4, 0, started).editStatus().addNewCondition().withType("Failed").withStatus("True")
                .withReason("BackoffLimitExceeded").withMessage("Job has reached the specified backoff limit")
                .withLastTransitionTime(agoText(started.minusMinutes(3))).endCondition().endStatus();
    }

    static void service(KubernetesClient client, String name, String app) {
        client.services().inNamespace(NS).resource(new ServiceBuilder().withNewMetadata().withName(name)
                .withNamespace(NS).endMetadata().withNewSpec().withSelector(Map.of("app", app)).addNewPort()
                .withPort(80).endPort().endSpec().build()).create();
    }
}
