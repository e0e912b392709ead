package dev.firebreak.integrations.kubernetes;

import static dev.firebreak.integrations.kubernetes.FailingPods.NS;
import static dev.firebreak.integrations.kubernetes.MockCluster.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Logs of pods with sidecars. Pods live in the CRUD store; their /log answers are expectations, including the 400s a
 * real API server gives (texts copied from kube-apiserver), so a container-less request to such a pod fails here too.
 */
@EnableKubernetesMockClient(crud = true)
class MultiContainerLogsTest {
    static final String POD = "api-7d9c-abcde";
    static final String LOG = "/api/v1/namespaces/shop/pods/" + POD + "/log?pretty=false";
    static final String SIDECARS = "(also in pod: istio-proxy, log-shipper, migrate (init);"
            + " pass container=<name> for another)";

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

    /** New revision: the app, two sidecars injected in front of it, a migration init container. */
    private Pod withSidecars(String name, String defaultContainer) {
        Pod pod = LogContainersTest.pod(name, defaultContainer, List.of("istio-proxy", "api", "log-shipper"),
                List.of("migrate"), List.of());
        pod.getMetadata().setLabels(Map.of("app", "api"));
        return client.pods().inNamespace(NS).resource(pod).create();
    }

    private Pod alone(String name) {
        Pod pod = LogContainersTest.pod(name, null, List.of("api"), List.of(), List.of());
        pod.getMetadata().setLabels(Map.of("app", "api"));
        return client.pods().inNamespace(NS).resource(pod).create();
    }

    private void refuse(String path, String message) {
        server.expect().get().withPath(path).andReturn(400, "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":"
                + "\"Failure\",\"message\":\"" + message.replace("\"", "\\\"") + "\",\"reason\":\"BadRequest\","
                + "\"code\":400}").always();
    }

    private void refuseWithoutContainer(String pod, String path) {
        refuse(path, "a container name must be specified for pod " + pod
                + ", choose one of: [istio-proxy api log-shipper] or one of the init containers: [migrate]");
    }

    @Test
    void theAnnotatedDefaultContainerIsReadRedactedAndTheOthersAreNamed() throws InterruptedException {
        withSidecars(POD, "api");
        refuseWithoutContainer(POD, LOG + "&tailLines=500" + LogsTest.LIMIT);
        server.expect().get().withPath(LOG + "&container=api&tailLines=500" + LogsTest.LIMIT)
                .andReturn(200, "starting api\nretrying login with password=hunter2\n").once();
        drain();

        ActionOutput out = actions.run(request("logs", "namespace", NS, "pod", POD));

        assertEquals(List.of("== pod " + POD + " container api " + SIDECARS + " ==", "starting api",
                "retrying login with password=[REDACTED]"), out.lines());
        assertFalse(out.text().contains("a container name must be specified"), out.text());
        assertOnlyReads(drain());
    }

    @Test
    void withoutTheAnnotationTheFirstContainerIsRead() {
        client.pods().inNamespace(NS).resource(LogContainersTest.pod(POD, null, List.of("istio-proxy", "api"),
                List.of(), List.of())).create();
        refuse(LOG + "&previous=true&tailLines=50" + LogsTest.LIMIT, "a container name must be specified for pod " + POD
                + ", choose one of: [istio-proxy api]");
        server.expect().get().withPath(LOG + "&container=istio-proxy&previous=true&tailLines=50" + LogsTest.LIMIT)
                .andReturn(200, "envoy exited\n").once();

        ActionOutput out = actions.run(request("logs", "namespace", NS, "pod", POD, "previous", "true",
                "tailLines", "50"));

        assertEquals(List.of("== pod " + POD + " container istio-proxy (also in pod: api; pass container=<name> for"
                + " another) (previous run) ==", "envoy exited"), out.lines());
    }

    @Test
    void podsOfADeploymentChooseTheirContainerEachWithoutAskingInVain() throws InterruptedException {
        client.apps().deployments().inNamespace(NS).resource(FailingCluster.deployment()).create();
        withSidecars("api-7d9c-p1", "api");
        alone("api-5d8f7-p2");
        String newLog = "/api/v1/namespaces/shop/pods/api-7d9c-p1/log?pretty=false";
        String oldLog = "/api/v1/namespaces/shop/pods/api-5d8f7-p2/log?pretty=false";
        refuseWithoutContainer("api-7d9c-p1", newLog + "&tailLines=20" + LogsTest.LIMIT);
        server.expect().get().withPath(newLog + "&container=api&tailLines=20" + LogsTest.LIMIT).andReturn(200, "new\n").once();
        server.expect().get().withPath(oldLog + "&tailLines=20" + LogsTest.LIMIT).andReturn(200, "old\n").once();
        drain();

        ActionOutput out = actions.run(request("logs", "namespace", NS, "deployment", "api", "tailLines", "20"));

        assertEquals(List.of("== pod api-5d8f7-p2 ==", "old", "== pod api-7d9c-p1 container api " + SIDECARS + " ==",
                "new"), sortedSections(out.lines()));
        List<String> logPaths = drain().stream().map(RecordedRequest::getPath).filter(p -> p.contains("/log?"))
                .sorted().toList();
        // The selected pods are already read, so the sidecar pod is never asked for a log without a container.
        assertEquals(List.of(oldLog + "&tailLines=20" + LogsTest.LIMIT, newLog + "&container=api&tailLines=20" + LogsTest.LIMIT), logPaths);
    }

    @Test
    void anUnknownContainerIsNamedWithThePodsContainersInsteadOfTheRawRefusal() {
        withSidecars(POD, null);
        refuse(LOG + "&container=sidecar&tailLines=500" + LogsTest.LIMIT, "container sidecar is not valid for pod " + POD);

        ActionOutput out = actions.run(request("logs", "namespace", NS, "pod", POD, "container", "sidecar"));

        assertEquals(List.of("== pod " + POD + " container sidecar ==", "pod " + POD + " has no container sidecar;"
                + " its containers: istio-proxy, api, log-shipper, migrate (init)"), out.lines());
    }

    @Test
    void aContainerOnlyTheNewRevisionHasIsReadThereAndExplainedForTheOldPods() throws InterruptedException {
        client.apps().deployments().inNamespace(NS).resource(FailingCluster.deployment()).create();
        withSidecars("api-7d9c-p1", "api");
        alone("api-5d8f7-p2");
        server.expect().get().withPath("/api/v1/namespaces/shop/pods/api-7d9c-p1/log?pretty=false"
                + "&container=istio-proxy&tailLines=500" + LogsTest.LIMIT).andReturn(200, "upstream connect error\n").once();
        drain();

        ActionOutput out = actions.run(request("logs", "namespace", NS, "deployment", "api",
                "container", "istio-proxy"));

        assertEquals(List.of("== pod api-5d8f7-p2 container istio-proxy ==",
                "pod api-5d8f7-p2 has no container istio-proxy; its containers: api",
                "== pod api-7d9c-p1 container istio-proxy ==", "upstream connect error"), sortedSections(out.lines()));
        assertTrue(drain().stream().noneMatch(r -> r.getPath().contains("api-5d8f7-p2/log")),
                "no log request for a pod without the container");
    }

    @Test
    void aRefusalThatIsNotAboutTheContainerIsShownOnceAsBefore() throws InterruptedException {
        alone(POD);
        String message = "previous terminated container \"api\" in pod \"" + POD + "\" not found";
        refuse(LOG + "&previous=true&tailLines=500" + LogsTest.LIMIT, message);
        drain();

        ActionOutput out = actions.run(request("logs", "namespace", NS, "pod", POD, "previous", "true"));

        assertEquals(List.of("== pod " + POD + " (previous run) ==", "logs unavailable: " + message), out.lines());
        List<RecordedRequest> requests = drain();
        assertEquals(1, requests.stream().filter(r -> r.getPath().contains("/log?")).count(),
                "the single-container pod is not asked twice: " + requests);
        assertOnlyReads(requests);
    }

    /** Sections in pod-name order (the action orders them by health), each kept with its lines. */
    private static List<String> sortedSections(List<String> lines) {
        List<List<String>> sections = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("== pod ")) {
                sections.add(new ArrayList<>());
            }
            sections.get(sections.size() - 1).add(line);
        }
        return sections.stream().sorted(Comparator.comparing(s -> s.get(0)))
                .flatMap(List::stream).toList();
    }

    private static void assertOnlyReads(List<RecordedRequest> requests) {
        assertFalse(requests.isEmpty());
        for (RecordedRequest r : requests) {
            assertEquals("GET", r.getMethod(), r.getMethod() + " " + r.getPath());
        }
    }

    private List<RecordedRequest> drain() throws InterruptedException {
        List<RecordedRequest> requests = new ArrayList<>();
        for (RecordedRequest r; (r = server.takeRequest(50, TimeUnit.MILLISECONDS)) != null; ) {
            requests.add(r);
        }
        return requests;
    }
}
