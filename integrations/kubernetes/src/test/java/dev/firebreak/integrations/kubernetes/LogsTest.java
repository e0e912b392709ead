package dev.firebreak.integrations.kubernetes;

import static dev.firebreak.integrations.kubernetes.FailingPods.NS;
import static dev.firebreak.integrations.kubernetes.MockCluster.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pod logs: expectations for /log (the CRUD mock cannot serve logs), CRUD for the pods a deployment selects. */
@EnableKubernetesMockClient(crud = true)
class LogsTest {
    static final String POD_LOG = "/api/v1/namespaces/shop/pods/api-6c9b4-x2x7k/log";
    // Every log read carries a byte limit: the expectations below match only when it is sent.
    static final String LIMIT = "&limitBytes=" + PodLogSection.MAX_LOG_BYTES;
    static final String JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhcHAiLCJyb2xlIjoiYWRtaW4ifQ."
            + "c2lnbmF0dXJlLXBhcnQtMTIzNDU2";
    static final String CRASH_LOG = String.join("\n",
            "2024-05-01T10:00:01Z INFO  starting api 1.5.0",
            "2024-05-01T10:00:01Z DEBUG config loaded: db.url=postgres://app:s3cr3t@db:5432/x pool=10",
            "2024-05-01T10:00:02Z DEBUG retrying login with password=hunter2",
            "2024-05-01T10:00:02Z DEBUG outbound call Authorization: Bearer " + JWT,
            "2024-05-01T10:00:03Z ERROR FATAL: password authentication failed for user \"app\"",
            "2024-05-01T10:00:03Z INFO  exiting with code 1", "");

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
    void previousRunOfACrashLoopingPodIsRedacted() {
        server.expect().get().withPath(POD_LOG + "?pretty=false&container=api&previous=true&tailLines=50" + LIMIT)
                .andReturn(200, CRASH_LOG).once();
        ActionOutput out = actions.run(request("logs", "namespace", NS, "pod", "api-6c9b4-x2x7k",
                "container", "api", "previous", "true", "tailLines", "50"));
        String text = out.text();
        assertEquals("== pod api-6c9b4-x2x7k container api (previous run) ==", out.lines().get(0));
        assertEquals(7, out.lines().size(), text);
        assertFalse(out.truncated());
        for (String secret : List.of("hunter2", "s3cr3t", JWT, "eyJzdWIiOiJhcHAiLCJyb2xlIjoiYWRtaW4ifQ")) {
            assertFalse(text.contains(secret), () -> secret + " leaked:\n" + text);
        }
        assertTrue(text.contains("db.url=postgres://app:[REDACTED]@db:5432/x pool=10"), text);
        assertTrue(text.contains("retrying login with password=[REDACTED]"), text);
        assertTrue(text.contains("FATAL: password authentication failed for user \"app\""), text);
    }

    @Test
    void defaultTailIsTheLineCapAndSinceSecondsIsPassed() {
        server.expect().get().withPath(POD_LOG + "?pretty=false&sinceSeconds=600&tailLines=500" + LIMIT)
                .andReturn(200, "one\ntwo\n").once();
        ActionOutput out = actions.run(request("logs", "namespace", NS, "pod", "api-6c9b4-x2x7k",
                "sinceSeconds", "600"));
        assertEquals(List.of("== pod api-6c9b4-x2x7k ==", "one", "two"), out.lines());
    }

    @Test
    void tenThousandLinesAreCutToTheNewestWithANote() {
        String log = IntStream.rangeClosed(1, 10_000).mapToObj(i -> "line " + i + " GET /api/orders 200 12ms")
                .collect(Collectors.joining("\n"));
        server.expect().get().withPath(POD_LOG + "?pretty=false&tailLines=10000" + LIMIT).andReturn(200, log).once();
        ActionOutput out = actions.run(request("logs", "namespace", NS, "pod", "api-6c9b4-x2x7k",
                "tailLines", "10000"));
        ClusterSettings limits = ClusterSettings.defaults();
        assertTrue(out.truncated());
        assertTrue(out.lines().size() <= limits.maxLines(), "lines: " + out.lines().size());
        assertTrue(out.text().getBytes(StandardCharsets.UTF_8).length <= limits.maxBytes());
        String last = out.lines().get(out.lines().size() - 1);
        assertTrue(last.startsWith("[truncated: 9,502 more lines"), last);
        assertTrue(out.lines().get(0).startsWith("== pod api-6c9b4-x2x7k last 498 of 10000 lines =="),
                out.lines().get(0));
        assertTrue(out.lines().contains("line 10000 GET /api/orders 200 12ms"), "the newest line is kept");
        assertFalse(out.lines().contains("line 1 GET /api/orders 200 12ms"));
    }

    @Test
    void deploymentLogsAreOneSectionPerPodAtMostFive() {
        client.apps().deployments().inNamespace(NS).resource(FailingCluster.deployment()).create();
        for (int i = 1; i <= 7; i++) {
            String name = "api-6c9b4-p" + i;
            client.pods().inNamespace(NS).resource(new PodBuilder().withNewMetadata().withName(name)
                    .addToLabels("app", "api").endMetadata().withNewSpec().addNewContainer().withName("api")
                    .withImage("shop/api:1.5.0").endContainer().endSpec().build()).create();
            server.expect().get().withPath("/api/v1/namespaces/shop/pods/" + name + "/log?pretty=false&tailLines=20" + LIMIT)
                    .andReturn(200, "hello from " + name + "\n").always();
        }
        ActionOutput out = actions.run(request("logs", "namespace", NS, "deployment", "api", "tailLines", "20"));
        assertEquals("showing logs of 5 of 7 pods (least healthy first)", out.lines().get(0));
        assertEquals(5, out.lines().stream().filter(l -> l.startsWith("== pod api-6c9b4-p")).count(), out.text());
        assertEquals(5, out.lines().stream().filter(l -> l.startsWith("hello from api-6c9b4-p")).count());
    }

    @Test
    void oneHugeLineIsCutOnItsOwnAndTheOtherNineStay() {
        List<String> lines = IntStream.rangeClosed(1, 10).mapToObj(i -> i == 4 ? "{\"json\":\"" + "x".repeat(90_000) + "\"}"
                : "2024-05-01T10:00:0" + i + "Z ERROR attempt " + i + " failed").collect(Collectors.toList());
        server.expect().get().withPath(POD_LOG + "?pretty=false&previous=true&tailLines=10" + LIMIT).andReturn(200, String.join("\n", lines) + "\n").once();

        ActionOutput out = actions.run(request("logs", "namespace", NS, "pod", "api-6c9b4-x2x7k", "previous", "true",
                "tailLines", "10"));

        assertEquals(11, out.lines().size(), out.text());
        for (int i = 1; i <= 10; i++) {
            String expected = i == 4 ? "… [cut 88,011 chars]" : "attempt " + i + " failed";
            assertTrue(out.lines().get(i).endsWith(expected) || out.lines().get(i).contains(expected), out.lines().get(i));
        }
    }

    @Test
    void aMissingPodIsALineNotAnError() {
        server.expect().get().withPath("/api/v1/namespaces/shop/pods/gone/log?pretty=false&tailLines=500" + LIMIT)
                .andReturn(404, "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"message\":"
                        + "\"pods \\\"gone\\\" not found\",\"reason\":\"NotFound\",\"code\":404}").once();
        ActionOutput out = actions.run(request("logs", "namespace", NS, "pod", "gone"));
        assertEquals(List.of("== pod gone ==", "pod gone not found in namespace shop"), out.lines());
    }
}
