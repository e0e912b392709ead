package dev.firebreak.integrations.kubernetes;

import static dev.firebreak.integrations.kubernetes.FailingPods.NS;
import static dev.firebreak.integrations.kubernetes.FailingPods.ago;
import static dev.firebreak.integrations.kubernetes.MockCluster.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.ConfigMapListBuilder;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntryBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.ControllerRevisionBuilder;
import io.fabric8.kubernetes.api.model.apps.ControllerRevisionListBuilder;
import io.fabric8.kubernetes.api.model.apps.DaemonSetListBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.DeploymentListBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetListBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetBuilder;
import io.fabric8.kubernetes.api.model.apps.StatefulSetListBuilder;
import io.fabric8.kubernetes.api.model.metrics.v1beta1.NodeMetricsBuilder;
import io.fabric8.kubernetes.api.model.metrics.v1beta1.NodeMetricsListBuilder;
import io.fabric8.kubernetes.api.model.metrics.v1beta1.PodMetricsBuilder;
import io.fabric8.kubernetes.api.model.metrics.v1beta1.PodMetricsListBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Expectations mode, because the CRUD mock stamps its own creationTimestamp and serves an empty metrics API; here the
 * answers are exactly what a real API server with (or without) metrics-server returns.
 */
@EnableKubernetesMockClient
class MetricsAndChangesTest {
    static final io.fabric8.kubernetes.api.model.Duration WINDOW =
            new io.fabric8.kubernetes.api.model.Duration(Duration.ofSeconds(15));
    KubernetesMockServer server;
    KubernetesClient client;
    private ClusterActions actions;

    @BeforeEach
    void setUp() {
        actions = MockCluster.actions(client);
    }

    @AfterEach
    void close() {
        actions.close();
    }

    @Test
    void metricsApiAbsentIsAnAnswerNotAFailure() {
        server.expect().get().withPath("/apis/metrics.k8s.io/v1beta1/namespaces/shop/pods")
                .andReturn(404, "404 page not found").once();
        ActionOutput out = actions.run(request("metrics", "namespace", NS));
        assertEquals(List.of(MetricsAction.UNAVAILABLE), out.lines());
    }

    @Test
    void metricsShowPodAndNodeUsageHeaviestFirst() {
        server.expect().get().withPath("/apis/metrics.k8s.io/v1beta1/namespaces/shop/pods")
                .andReturn(200, new PodMetricsListBuilder()
                        .addToItems(new PodMetricsBuilder().withNewMetadata().withName("api-small").endMetadata()
                                .withWindow(WINDOW).addNewContainer().withName("api")
                                .addToUsage("cpu", new Quantity("5000000n")).addToUsage("memory", new Quantity("64Mi"))
                                .endContainer().build())
                        .addToItems(new PodMetricsBuilder().withNewMetadata().withName("api-5d8f7-q9zt4").endMetadata()
                                .withWindow(WINDOW).addNewContainer().withName("api")
                                .addToUsage("cpu", new Quantity("250123456n"))
                                .addToUsage("memory", new Quantity("250880Ki")).endContainer()
                                .addNewContainer().withName("istio-proxy").addToUsage("cpu", new Quantity("10m"))
                                .addToUsage("memory", new Quantity("40Mi")).endContainer().build())
                        .build()).once();
        server.expect().get().withPath("/apis/metrics.k8s.io/v1beta1/nodes")
                .andReturn(200, new NodeMetricsListBuilder().addToItems(new NodeMetricsBuilder().withNewMetadata()
                        .withName("node-1").endMetadata().addToUsage("cpu", new Quantity("3500m"))
                        .addToUsage("memory", new Quantity("13Gi")).build()).build()).once();
        List<String> lines = actions.run(request("metrics", "namespace", NS)).lines();
        assertEquals(List.of(
                "pod api-5d8f7-q9zt4 cpu=260m memory=285Mi (window 15s)",
                "  container api cpu=250m memory=245Mi",
                "  container istio-proxy cpu=10m memory=40Mi",
                "pod api-small cpu=5m memory=64Mi (window 15s)",
                "node node-1 cpu=3500m memory=13312Mi"), lines);
    }

    @Test
    void recentChangesAreNewestFirstWithinSince() {
        expectWorkloads();
        List<String> lines = actions.run(request("recent-changes", "namespace", NS)).lines();
        assertEquals(5, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).endsWith("configmap/api-config created"), lines.get(0));
        assertTrue(lines.get(1).endsWith("deployment/api new ReplicaSet api-6c9b4 (revision 2) images=shop/api:1.5.0;"
                + " previous images=shop/api:1.4.1"), lines.get(1));
        assertTrue(lines.get(2).endsWith("deployment/api updated by kubectl-edit (generation 7)"), lines.get(2));
        assertTrue(lines.get(3).endsWith("statefulset/db new revision 4 (controllerrevision db-7c9f5)"), lines.get(3));
        assertTrue(lines.get(4).endsWith("configmap/feature-flags updated by helm"), lines.get(4));
        assertTrue(lines.get(0).contains("(10m ago)"), lines.get(0));

        List<String> recent = actions.run(request("recent-changes", "namespace", NS, "since", "15m")).lines();
        assertEquals(1, recent.size(), String.join("\n", recent));
    }

    private void expectWorkloads() {
        String apps = "/apis/apps/v1/namespaces/shop/";
        server.expect().get().withPath(apps + "deployments").andReturn(200, new DeploymentListBuilder()
                .addToItems(new DeploymentBuilder().withNewMetadata().withName("api").withNamespace(NS).withUid("u-api")
                        .withGeneration(7L).withCreationTimestamp(ago(Duration.ofDays(90)))
                        .withManagedFields(write("kubectl-edit", Duration.ofMinutes(26), null),
                                write("kube-controller-manager", Duration.ofMinutes(1), "status"))
                        .endMetadata().withNewSpec().withNewSelector().addToMatchLabels("app", "api").endSelector()
                        .endSpec().build()).build()).always();
        server.expect().get().withPath(apps + "replicasets?labelSelector=app%3Dapi").andReturn(200,
                new ReplicaSetListBuilder().addToItems(rs("api-5d8f7", 1, "shop/api:1.4.1", Duration.ofDays(3)),
                        rs("api-6c9b4", 2, "shop/api:1.5.0", Duration.ofMinutes(25))).build()).always();
        server.expect().get().withPath(apps + "statefulsets").andReturn(200, new StatefulSetListBuilder()
                .addToItems(new StatefulSetBuilder().withNewMetadata().withName("db").withUid("u-db")
                        .withCreationTimestamp(ago(Duration.ofDays(200))).endMetadata().build()).build()).always();
        server.expect().get().withPath(apps + "daemonsets").andReturn(200, new DaemonSetListBuilder().build())
                .always();
        server.expect().get().withPath(apps + "controllerrevisions").andReturn(200, new ControllerRevisionListBuilder()
                .addToItems(revision("db-5b8d2", 3, Duration.ofDays(20)), revision("db-7c9f5", 4,
                        Duration.ofMinutes(50))).build()).always();
        server.expect().get().withPath("/api/v1/namespaces/shop/configmaps").andReturn(200, new ConfigMapListBuilder()
                .addToItems(new ConfigMapBuilder().withNewMetadata().withName("api-config")
                        .withCreationTimestamp(ago(Duration.ofMinutes(10))).endMetadata().build())
                .addToItems(new ConfigMapBuilder().withNewMetadata().withName("feature-flags")
                        .withCreationTimestamp(ago(Duration.ofDays(3)))
                        .withManagedFields(write("helm", Duration.ofMinutes(70), null)).endMetadata().build())
                .addToItems(new ConfigMapBuilder().withNewMetadata().withName("kube-root-ca.crt")
                        .withCreationTimestamp(ago(Duration.ofDays(200))).endMetadata().build())
                .build()).always();
    }

    private static io.fabric8.kubernetes.api.model.ManagedFieldsEntry write(String manager, Duration ago,
            String subresource) {
        return new ManagedFieldsEntryBuilder().withManager(manager).withOperation("Update").withTime(ago(ago))
                .withSubresource(subresource).withApiVersion("apps/v1").build();
    }

    private static io.fabric8.kubernetes.api.model.apps.ReplicaSet rs(String name, int revision, String image,
            Duration age) {
        return new ReplicaSetBuilder().withNewMetadata().withName(name).withCreationTimestamp(ago(age))
                .addToAnnotations(ReplicaSets.REVISION, String.valueOf(revision)).addNewOwnerReference()
                .withKind("Deployment").withName("api").withUid("u-api").endOwnerReference().endMetadata()
                .withNewSpec().withNewTemplate().withNewSpec().addNewContainer().withName("api").withImage(image)
                .endContainer().endSpec().endTemplate().endSpec().build();
    }

    private static io.fabric8.kubernetes.api.model.apps.ControllerRevision revision(String name, long revision,
            Duration age) {
        return new ControllerRevisionBuilder().withNewMetadata().withName(name).withCreationTimestamp(ago(age))
                .addNewOwnerReference().withKind("StatefulSet").withName("db").withUid("u-db").endOwnerReference()
                .endMetadata().withRevision(revision).build();
    }
}
