package dev.firebreak.diagnostics;

import dev.firebreak.integrations.kubernetes.Clusters;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;

/**
 * fabric8's mock API server in mixed mode (CRUD for objects, expectations for pod logs), given to the app as its
 * only cluster through the module's own test seam. Only for test classes that set {@code test.kubernetes-mock}.
 */
@Factory
@Requires(property = MockKubernetes.ENABLED, value = "true")
public class MockKubernetes {
    public static final String ENABLED = "test.kubernetes-mock";
    public static final String CLUSTER = "prod-eu-1";
    private static KubernetesMockServer server;
    private static KubernetesClient client;

    public static synchronized KubernetesMockServer server() {
        if (server == null) {
            Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
            server = new KubernetesMockServer(new Context(), new MockWebServer(), responses,
                    new KubernetesMixedDispatcher(responses), false);
            server.init();
            client = server.createClient();
        }
        return server;
    }

    public static synchronized KubernetesClient client() {
        server();
        return client;
    }

    @Singleton
    @Replaces(Clusters.class)
    Clusters clusters(dev.firebreak.integrations.kubernetes.NamespaceScope scope) {
        return new Clusters(Map.of(CLUSTER, client()), scope);
    }
}
