package dev.firebreak.integrations.kubernetes;

import static dev.firebreak.integrations.kubernetes.FailingPods.NS;
import static dev.firebreak.integrations.kubernetes.MockCluster.request;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every read-only action over a namespace holding a Secret, a pod with a plaintext DB_PASSWORD and a log full of
 * credentials: none of the secret values appears, the context around them does, and no request touches Secrets.
 */
@EnableKubernetesMockClient(crud = true)
class SecretsNeverLeakTest {
    static final List<String> SECRETS = List.of(FailingPods.PLAINTEXT_DB_PASSWORD, "hunter2", "s3cr3t",
            LogsTest.JWT.substring(0, 40), "c2VjcmV0LXZhbHVl", "xoxb-1234567890-abcdefghij",
            "AKIAIOSFODNN7EXAMPLE");

    KubernetesMockServer server;
    KubernetesClient client;

    @Test
    void noActionOutputContainsASecretAndSecretsAreNeverRequested() throws Exception {
        FailingCluster.seed(client);
        // Seeding may create a Secret; only the actions below are checked for touching them.
        client.secrets().inNamespace(NS).resource(new SecretBuilder().withNewMetadata().withName("api-secrets")
                .endMetadata().addToData("token", "c2VjcmV0LXZhbHVl").build()).create();
        FailingCluster.event(client, "slack.17f", "Pod", "api-6c9b4-x2x7k", "Warning", "Failed", 1,
                "notify failed: token=xoxb-1234567890-abcdefghij aws AKIAIOSFODNN7EXAMPLE",
                java.time.Duration.ofMinutes(1));
        server.expect().get().withPath(LogsTest.POD_LOG + "?pretty=false&tailLines=500" + LogsTest.LIMIT)
                .andReturn(200, LogsTest.CRASH_LOG).always();
        drain();

        List<String> outputs = new ArrayList<>();
        try (ClusterActions actions = MockCluster.actions(client)) {
            for (ActionRequest r : List.of(request("pods", "namespace", NS),
                    request("pods", "namespace", NS, "pod", "api-6c9b4-x2x7k"),
                    request("events", "namespace", NS), request("logs", "namespace", NS, "pod", "api-6c9b4-x2x7k"),
                    request("rollout", "namespace", NS, "deployment", "api"), request("nodes"),
                    request("endpoints", "namespace", NS, "service", "checkout"), request("pvcs", "namespace", NS),
                    request("resources", "namespace", NS), request("metrics", "namespace", NS),
                    request("recent-changes", "namespace", NS))) {
                outputs.add(actions.run(r).text());
            }
        }
        String all = String.join("\n", outputs);
        for (String secret : SECRETS) {
            assertFalse(all.contains(secret), () -> "leaked " + secret + ":\n" + all);
        }
        for (String context : List.of("DB_PASSWORD=<redacted>", "password=[REDACTED]", "postgres://app:[REDACTED]@db",
                "token=[REDACTED]", "FATAL: password authentication failed", "CrashLoopBackOff")) {
            assertTrue(all.contains(context), () -> "missing " + context + ":\n" + all);
        }
        List<RecordedRequest> requests = drain();
        assertTrue(requests.size() > 10, "the actions' requests were recorded: " + requests.size());
        for (RecordedRequest r : requests) {
            assertFalse(r.getPath().contains("/secrets"), r.getPath());
        }
    }

    @Test
    void noMainSourceCallsSecrets() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<Path> offenders = files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    return Files.readString(p).contains("secrets()");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            assertTrue(offenders.isEmpty(), "Secrets must never be read: " + offenders);
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
