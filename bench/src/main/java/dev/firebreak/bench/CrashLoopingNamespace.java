package dev.firebreak.bench;

import dev.firebreak.integrations.kubernetes.ActionOutput;
import dev.firebreak.integrations.kubernetes.Redactor;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Namespace {@code payments} after a bad rollout, as an API server would report it: deployment {@code payment-api}
 * with two ReplicaSets (revisions 1 and 2), {@code pods} crash-looping pods (CrashLoopBackOff, last run
 * ended in Error with exit code 1), one event per pod plus the rollout's, and a previous-run log for every pod.
 */
final class CrashLoopingNamespace {
    static final String NS = "payments";
    static final String DEPLOYMENT = "payment-api";
    static final String IMAGE = "payments/api:2.4.0";
    private static final String NEW_HASH = "7d9c8b6f5";
    private static final String OLD_HASH = "5c8d7b9f4";
    // Query fabric8 sends for the runbook's logs step: previous run, last 100 lines, no container named.
    private static final String LOG_QUERY = "?pretty=false&previous=true&tailLines=100&limitBytes=4194304";
    private static final Map<String, String> LABELS = Map.of("app", DEPLOYMENT);

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final List<String> pods = new ArrayList<>();
    private int events;

    /** Seeds the namespace, and the log of each pod's previous run as an expectation of {@code server}. */
    void seed(KubernetesMockServer server, KubernetesClient k8s, int podCount) {
        k8s.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(NS).endMetadata().build())
                .create();
        // The mock, like an API server, sets uid and creationTimestamp itself; owner references need the real uid.
        String deploymentUid = deployment(k8s, podCount);
        replicaSet(k8s, deploymentUid, 1, OLD_HASH, "payments/api:2.3.9", 0);
        replicaSet(k8s, deploymentUid, 2, NEW_HASH, IMAGE, podCount);
        for (int i = 0; i < podCount; i++) {
            String name = DEPLOYMENT + "-" + NEW_HASH + "-" + suffix(i);
            pods.add(name);
            pod(k8s, name, i);
            server.expect().get().withPath("/api/v1/namespaces/" + NS + "/pods/" + name + "/log" + LOG_QUERY)
                    .andReturn(200, previousLog(name, i)).always();
            event(k8s, name + ".backoff", "Pod", name, "Warning", "BackOff",
                    "Back-off restarting failed container api in pod " + name + "_" + NS, restarts(i),
                    Duration.ofMinutes(1 + i % 40));
        }
        event(k8s, DEPLOYMENT + ".scaled", "Deployment", DEPLOYMENT, "Normal", "ScalingReplicaSet",
                "Scaled up replica set " + DEPLOYMENT + "-" + NEW_HASH + " to " + podCount, 1, Duration.ofMinutes(40));
    }

    int events() {
        return events;
    }

    /**
     * Throws unless the crash-loop runbook's steps saw this namespace as seeded, so the figures are not those of
     * "not found" answers: every pod, five previous-run logs (redacted), every event, the rollout.
     */
    void check(Map<String, ActionOutput> byStep) {
        expect(byStep, "pods", out -> out.lines().get(0).startsWith(pods.size() + " pod(s) in namespace " + NS
                + ": Running " + pods.size() + "; not ready " + pods.size()));
        expect(byStep, "logs", out -> out.lines().stream().filter(l -> l.startsWith("== pod ")).count()
                == Math.min(5, pods.size()) && out.text().contains("Application run failed")
                && out.text().contains(Redactor.MASK) && !out.text().contains("Pa55w0rd")
                && !out.text().contains("logs unavailable") && !out.text().contains("not found"));
        expect(byStep, "events", out -> out.lines().size() == events && !out.truncated());
        expect(byStep, "recent-changes", out -> out.text().contains("new ReplicaSet " + DEPLOYMENT + "-" + NEW_HASH));
    }

    private static void expect(Map<String, ActionOutput> byStep, String step, Predicate<ActionOutput> ok) {
        ActionOutput out = byStep.get(step);
        if (out == null || out.lines().isEmpty() || !ok.test(out)) {
            throw new IllegalStateException("step " + step + " did not see the seeded namespace:\n"
                    + (out == null ? "(not run)" : out.text()));
        }
    }

    private String deployment(KubernetesClient k8s, int replicas) {
        return k8s.apps().deployments().inNamespace(NS).resource(new DeploymentBuilder()
                .withNewMetadata().withName(DEPLOYMENT).withNamespace(NS).withGeneration(2L)
                .addToAnnotations("deployment.kubernetes.io/revision", "2").endMetadata()
                .withNewSpec().withReplicas(replicas).withNewSelector().withMatchLabels(LABELS).endSelector()
                .withNewTemplate().withNewMetadata().withLabels(LABELS).endMetadata().withNewSpec()
                .addNewContainer().withName("api").withImage(IMAGE).withNewResources()
                .addToLimits("memory", new Quantity("512Mi")).addToRequests("memory", new Quantity("256Mi"))
                .endResources().endContainer().endSpec().endTemplate().endSpec()
                .withNewStatus().withReplicas(replicas).withUpdatedReplicas(replicas).withReadyReplicas(0)
                .withAvailableReplicas(0).withUnavailableReplicas(replicas)
                .addNewCondition().withType("Progressing").withStatus("False").withReason("ProgressDeadlineExceeded")
                .withMessage("ReplicaSet \"" + DEPLOYMENT + "-" + NEW_HASH + "\" has timed out progressing.")
                .endCondition().endStatus().build()).create().getMetadata().getUid();
    }

    private void replicaSet(KubernetesClient k8s, String deploymentUid, int revision, String hash, String image,
            int replicas) {
        k8s.apps().replicaSets().inNamespace(NS).resource(new ReplicaSetBuilder().withNewMetadata()
                .withName(DEPLOYMENT + "-" + hash).withNamespace(NS)
                .addToLabels("app", DEPLOYMENT).addToLabels("pod-template-hash", hash)
                .addToAnnotations("deployment.kubernetes.io/revision", String.valueOf(revision))
                .addNewOwnerReference().withApiVersion("apps/v1").withKind("Deployment").withName(DEPLOYMENT)
                .withUid(deploymentUid).withController(true).endOwnerReference()
                .endMetadata()
                .withNewSpec().withReplicas(replicas).withNewSelector().withMatchLabels(LABELS)
                .addToMatchLabels("pod-template-hash", hash).endSelector()
                .withNewTemplate().withNewMetadata().withLabels(LABELS).endMetadata().withNewSpec()
                .addNewContainer().withName("api").withImage(image).endContainer().endSpec().endTemplate().endSpec()
                .withNewStatus().withReplicas(replicas).withReadyReplicas(0).endStatus().build()).create();
    }

    private void pod(KubernetesClient k8s, String name, int i) {
        Duration age = Duration.ofMinutes(38);
        Duration sinceCrash = Duration.ofSeconds(20 + (i * 37L) % 280);
        ContainerStatus status = new ContainerStatusBuilder().withName("api").withReady(false).withStarted(false)
                .withRestartCount(restarts(i)).withImage(IMAGE)
                .withImageID("docker.io/payments/api@sha256:4f1c0d9a7b3e52c6e8a1d2f0b9c7e6a5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9")
                .withContainerID("containerd://" + String.format("%064x", 0xc0ffeeL * (i + 1)))
                .withNewState().withNewWaiting().withReason("CrashLoopBackOff")
                .withMessage("back-off 5m0s restarting failed container=api pod=" + name + "_" + NS)
                .endWaiting().endState()
                .withNewLastState().withNewTerminated().withReason("Error").withExitCode(1)
                .withStartedAt(ago(sinceCrash.plusSeconds(4))).withFinishedAt(ago(sinceCrash))
                .withContainerID("containerd://" + String.format("%064x", 0xdeadL * (i + 1)))
                .endTerminated().endLastState().build();
        k8s.pods().inNamespace(NS).resource(new PodBuilder().withNewMetadata().withName(name).withNamespace(NS)
                .addToLabels("app", DEPLOYMENT).addToLabels("pod-template-hash", NEW_HASH)
                .addNewOwnerReference().withApiVersion("apps/v1").withKind("ReplicaSet")
                .withName(DEPLOYMENT + "-" + NEW_HASH).withController(true).endOwnerReference()
                .endMetadata()
                .withNewSpec().withNodeName("node-" + (1 + i % 6)).addNewContainer().withName("api").withImage(IMAGE)
                .addNewEnv().withName("DB_HOST").withValue("db.payments").endEnv()
                .withNewResources().addToLimits("memory", new Quantity("512Mi")).endResources().endContainer()
                .endSpec()
                .withNewStatus().withPhase("Running").withStartTime(ago(age)).withPodIP("10.0." + (4 + i / 200) + "." + (i % 200 + 10))
                .addNewCondition().withType("Ready").withStatus("False").withReason("ContainersNotReady")
                .withMessage("containers with unready status: [api]").endCondition()
                .addNewCondition().withType("PodScheduled").withStatus("True").endCondition()
                .addToContainerStatuses(status).endStatus().build()).create();
    }

    private void event(KubernetesClient k8s, String name, String kind, String object, String type, String reason,
            String message, int count, Duration lastSeen) {
        events++;
        k8s.v1().events().inNamespace(NS).resource(new EventBuilder().withNewMetadata().withName(name)
                .withNamespace(NS).endMetadata()
                .withNewInvolvedObject().withKind(kind).withName(object).withNamespace(NS).endInvolvedObject()
                .withNewSource().withComponent("kubelet").endSource()
                .withType(type).withReason(reason).withMessage(message).withCount(count)
                .withFirstTimestamp(ago(Duration.ofMinutes(38))).withLastTimestamp(ago(lastSeen)).build()).create();
    }

    /** About 25 lines: a Spring-style start-up that fails to reach its database and exits 1. */
    private String previousLog(String pod, int i) {
        String t = ago(Duration.ofSeconds(24 + (i * 37L) % 280));
        StringBuilder log = new StringBuilder();
        log.append(t).append(" INFO  [main] c.p.api.PaymentApiApplication : Starting PaymentApiApplication v2.4.0 using Java 17.0.13 with PID 1 (").append(pod).append(")\n");
        log.append(t).append(" INFO  [main] c.p.api.PaymentApiApplication : The following 1 profile is active: \"prod\"\n");
        log.append(t).append(" INFO  [main] o.s.b.w.embedded.tomcat.TomcatWebServer : Tomcat initialized with port 8080 (http)\n");
        log.append(t).append(" INFO  [main] com.zaxxer.hikari.HikariDataSource : HikariPool-1 - Starting...\n");
        log.append(t).append(" INFO  [main] c.p.api.config.DataSourceConfig : connecting to postgres://payments:Pa55w0rd-").append(i).append("@db.payments:5432/pay\n");
        log.append(t).append(" ERROR [main] com.zaxxer.hikari.pool.HikariPool : HikariPool-1 - Exception during pool initialization.\n");
        log.append("org.postgresql.util.PSQLException: Connection to db.payments:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.\n");
        for (String frame : new String[] {
                "org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:346)",
                "org.postgresql.core.ConnectionFactory.openConnection(ConnectionFactory.java:54)",
                "org.postgresql.jdbc.PgConnection.<init>(PgConnection.java:273)",
                "org.postgresql.Driver.makeConnection(Driver.java:446)",
                "org.postgresql.Driver.connect(Driver.java:298)",
                "com.zaxxer.hikari.util.DriverDataSource.getConnection(DriverDataSource.java:137)",
                "com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:360)",
                "com.zaxxer.hikari.pool.HikariPool.checkFailFast(HikariPool.java:554)",
                "com.zaxxer.hikari.pool.HikariPool.<init>(HikariPool.java:98)",
                "com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:111)"}) {
            log.append("\tat ").append(frame).append('\n');
        }
        log.append("Caused by: java.net.ConnectException: Connection refused\n");
        log.append("\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)\n");
        log.append("\tat java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:554)\n");
        log.append("\t... 42 common frames omitted\n");
        log.append(t).append(" WARN  [main] o.s.b.w.s.c.AnnotationConfigServletWebServerApplicationContext : Exception encountered during context initialization - cancelling refresh attempt\n");
        log.append(t).append(" ERROR [main] o.s.boot.SpringApplication : Application run failed\n");
        log.append(t).append(" INFO  [main] c.p.api.PaymentApiApplication : exiting with status 1\n");
        return log.toString();
    }

    private static int restarts(int i) {
        return 6 + (i * 7) % 11;
    }

    /** Five characters like the ones Kubernetes appends to a ReplicaSet's pods. */
    private static String suffix(int i) {
        String alphabet = "bcdfghjklmnpqrstvwxz2456789";
        int n = i * 7919 + 104729;
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < 5; k++) {
            s.append(alphabet.charAt(n % alphabet.length()));
            n /= alphabet.length();
        }
        return s.toString();
    }

    private String ago(Duration d) {
        return now.minus(d).toString();
    }
}
