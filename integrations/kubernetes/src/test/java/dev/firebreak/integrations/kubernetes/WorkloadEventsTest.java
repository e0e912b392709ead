package dev.firebreak.integrations.kubernetes;

import static dev.firebreak.integrations.kubernetes.FailingPods.NS;
import static dev.firebreak.integrations.kubernetes.FailingPods.ago;
import static dev.firebreak.integrations.kubernetes.MockCluster.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSetBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code events} of a workload include those of what it owns. Next to the deployment {@code api} live look-alikes
 * that must stay out: a canary deployment whose ReplicaSet matches api's selector, a bare debug pod with api's labels
 * and another deployment's objects.
 */
@EnableKubernetesMockClient(crud = true)
class WorkloadEventsTest {
    // "<type> <reason> <Kind/name> x<count>:" in Events.format
    private static final Pattern REASON_AND_OBJECT = Pattern.compile(" (?:Normal|Warning) (\\S+) (\\S+) x\\d+:");

    KubernetesMockServer server;
    KubernetesClient client;
    private ClusterActions actions;

    @BeforeEach
    void seed() {
        actions = MockCluster.actions(client);
        Deployment api = client.apps().deployments().inNamespace(NS).resource(FailingCluster.deployment()).create();
        ReplicaSet current = replicaSet(api, "api-6c9b4", Map.of("app", "api"));
        ReplicaSet previous = replicaSet(api, "api-5d8f7", Map.of("app", "api"));
        pod("api-6c9b4-x2x7k", Map.of("app", "api"), current);
        pod("api-5d8f7-q9zt4", Map.of("app", "api"), previous);
        pod("api-debug", Map.of("app", "api"), null);
        Deployment canary = client.apps().deployments().inNamespace(NS).resource(new DeploymentBuilder(
                FailingCluster.deployment()).editMetadata().withName("api-canary").endMetadata().build()).create();
        replicaSet(canary, "api-canary-55f9d", Map.of("app", "api", "track", "canary"));
        Deployment worker = client.apps().deployments().inNamespace(NS).resource(new DeploymentBuilder(
                FailingCluster.deployment()).editMetadata().withName("worker").endMetadata().build()).create();
        pod("worker-7b6d5-k8s9p", Map.of("app", "worker"), replicaSet(worker, "worker-7b6d5", Map.of("app", "worker")));

        event("Pod", "api-6c9b4-x2x7k", "Normal", "Pulled", Duration.ofHours(5));
        event("Deployment", "api", "Normal", "ScalingReplicaSet", Duration.ofMinutes(25));
        event("ReplicaSet", "api-6c9b4", "Warning", "FailedCreate", Duration.ofMinutes(20));
        event("Pod", "api-5d8f7-q9zt4", "Warning", "FailedScheduling", Duration.ofMinutes(15));
        event("Pod", "api-6c9b4-x2x7k", "Warning", "Unhealthy", Duration.ofMinutes(3));
        event("Pod", "api-6c9b4-x2x7k", "Warning", "BackOff", Duration.ofMinutes(2));
        event("Pod", "api-debug", "Warning", "BackOff", Duration.ofMinutes(1));
        event("ReplicaSet", "api-canary-55f9d", "Warning", "FailedCreate", Duration.ofMinutes(4));
        event("Pod", "worker-7b6d5-k8s9p", "Warning", "BackOff", Duration.ofMinutes(1));
        event("Deployment", "worker", "Normal", "ScalingReplicaSet", Duration.ofMinutes(5));
    }

    @AfterEach
    void close() {
        actions.close();
    }

    @Test
    void aDeploymentBringsItsReplicaSetsAndTheirPodsNewestLast() throws InterruptedException {
        drain();

        ActionOutput out = actions.run(request("events", "namespace", NS, "kind", "Deployment", "name", "api"));

        assertEquals(List.of("Pulled Pod/api-6c9b4-x2x7k", "ScalingReplicaSet Deployment/api",
                "FailedCreate ReplicaSet/api-6c9b4", "FailedScheduling Pod/api-5d8f7-q9zt4",
                "Unhealthy Pod/api-6c9b4-x2x7k", "BackOff Pod/api-6c9b4-x2x7k"), reasonsAndObjects(out), out.text());
        List<RecordedRequest> requests = drain();
        assertFalse(requests.isEmpty());
        requests.forEach(r -> assertEquals("GET", r.getMethod(), r.getPath()));
    }

    @Test
    void sinceAppliesToTheOwnedObjectsToo() {
        ActionOutput out = actions.run(request("events", "namespace", NS, "kind", "deployment", "name", "api",
                "since", "1h"));
        assertEquals(List.of("ScalingReplicaSet Deployment/api", "FailedCreate ReplicaSet/api-6c9b4",
                "FailedScheduling Pod/api-5d8f7-q9zt4", "Unhealthy Pod/api-6c9b4-x2x7k",
                "BackOff Pod/api-6c9b4-x2x7k"), reasonsAndObjects(out), out.text());

        ActionOutput none = actions.run(request("events", "namespace", NS, "kind", "Deployment", "name", "api",
                "since", "90s"));
        assertEquals(List.of("no events in namespace shop for Deployment/api, its 2 ReplicaSet(s) or their 2 pod(s)"
                + " in the last 1m30s"), none.lines());
    }

    @Test
    void aDeploymentThatIsGoneStillShowsItsOwnEvents() {
        event("Deployment", "old-api", "Normal", "ScalingReplicaSet", Duration.ofMinutes(30));
        ActionOutput out = actions.run(request("events", "namespace", NS, "kind", "Deployment", "name", "old-api"));
        assertEquals(List.of("ScalingReplicaSet Deployment/old-api"), reasonsAndObjects(out));
        assertEquals(List.of("no events in namespace shop for Deployment/nope"),
                actions.run(request("events", "namespace", NS, "kind", "Deployment", "name", "nope")).lines());
    }

    @Test
    void statefulSetsAndDaemonSetsBringTheirPods() {
        HasMetadata db = client.apps().statefulSets().inNamespace(NS).resource(new StatefulSetBuilder()
                .withNewMetadata().withName("db").endMetadata().withNewSpec().withReplicas(1).withNewSelector()
                .addToMatchLabels("app", "db").endSelector().endSpec().build()).create();
        HasMetadata agent = client.apps().daemonSets().inNamespace(NS).resource(new DaemonSetBuilder()
                .withNewMetadata().withName("log-agent").endMetadata().withNewSpec().withNewSelector()
                .addToMatchLabels("app", "log-agent").endSelector().endSpec().build()).create();
        pod("db-0", Map.of("app", "db"), db);
        pod("db-restore", Map.of("app", "db"), null);
        pod("log-agent-x7k2p", Map.of("app", "log-agent"), agent);
        event("Pod", "db-0", "Warning", "Unhealthy", Duration.ofMinutes(6));
        event("Pod", "db-restore", "Warning", "BackOff", Duration.ofMinutes(5));
        event("StatefulSet", "db", "Warning", "FailedCreate", Duration.ofMinutes(4));
        event("Pod", "log-agent-x7k2p", "Warning", "BackOff", Duration.ofMinutes(3));

        assertEquals(List.of("Unhealthy Pod/db-0", "FailedCreate StatefulSet/db"), reasonsAndObjects(actions.run(
                request("events", "namespace", NS, "kind", "StatefulSet", "name", "db"))));
        assertEquals(List.of("BackOff Pod/log-agent-x7k2p"), reasonsAndObjects(actions.run(
                request("events", "namespace", NS, "kind", "DaemonSet", "name", "log-agent"))));
    }

    @Test
    void manyPodEventsStayWithinTheCapsKeepingTheNewest() {
        for (int i = 0; i < 60; i++) {
            event("Pod", "api-6c9b4-x2x7k", "Warning", "Unhealthy" + i, Duration.ofSeconds(90 + 60L * i));
        }
        try (ClusterActions small = MockCluster.actions(client, MockCluster.settings(Duration.ofSeconds(20), 20,
                64 * 1024))) {
            ActionOutput out = small.run(request("events", "namespace", NS, "kind", "Deployment", "name", "api"));
            assertTrue(out.truncated());
            assertEquals(20, out.lines().size(), out.text());
            assertTrue(out.lines().get(19).startsWith("[truncated: 47 more lines"), out.lines().get(19));
            assertEquals(List.of("BackOff Pod/api-6c9b4-x2x7k", "Unhealthy0 Pod/api-6c9b4-x2x7k"),
                    reasonsAndObjects(out).subList(17, 19), "the newest are kept, newest last");
        }
    }

    private static List<String> reasonsAndObjects(ActionOutput out) {
        return out.lines().stream().map(REASON_AND_OBJECT::matcher).filter(Matcher::find)
                .map(m -> m.group(1) + " " + m.group(2)).toList();
    }

    private ReplicaSet replicaSet(Deployment owner, String name, Map<String, String> labels) {
        return client.apps().replicaSets().inNamespace(NS).resource(new ReplicaSetBuilder().withNewMetadata()
                .withName(name).withLabels(labels).addNewOwnerReference().withApiVersion("apps/v1")
                .withKind("Deployment").withName(owner.getMetadata().getName()).withUid(owner.getMetadata().getUid())
                .withController(true).endOwnerReference().endMetadata().withNewSpec().withReplicas(1)
                .withNewSelector().addToMatchLabels(labels).endSelector().endSpec().build()).create();
    }

    private void pod(String name, Map<String, String> labels, HasMetadata owner) {
        PodBuilder b = new PodBuilder().withNewMetadata().withName(name).withLabels(labels).endMetadata()
                .withNewSpec().addNewContainer().withName("app").withImage("shop/app:1").endContainer().endSpec();
        if (owner != null) {
            b.editMetadata().addNewOwnerReference().withApiVersion(owner.getApiVersion()).withKind(owner.getKind())
                    .withName(owner.getMetadata().getName()).withUid(owner.getMetadata().getUid())
                    .withController(true).endOwnerReference().endMetadata();
        }
        client.pods().inNamespace(NS).resource(b.build()).create();
    }

    private void event(String kind, String object, String type, String reason, Duration age) {
        FailingCluster.event(client, object + "." + reason.toLowerCase(Locale.ROOT), kind, object, type,
                reason, 1, reason + " of " + object, age);
    }

    private List<RecordedRequest> drain() throws InterruptedException {
        List<RecordedRequest> requests = new ArrayList<>();
        for (RecordedRequest r; (r = server.takeRequest(50, TimeUnit.MILLISECONDS)) != null; ) {
            requests.add(r);
        }
        return requests;
    }
}
