package dev.firebreak.demo;

import dev.firebreak.integrations.kubernetes.Clusters;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;

/**
 * The demo's only cluster: fabric8's mock API server in mixed mode (objects kept as a real API server would, pod
 * logs as fixed answers), seeded with a failing deployment, in place of the kubeconfig clusters.
 */
@Factory
@Requires(property = DemoRun.ENABLED, value = "true")
class DemoCluster {
    static final String NAME = "demo-cluster";

    @Singleton
    @Bean(preDestroy = "destroy")
    KubernetesMockServer server() {
        Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
        KubernetesMockServer server = new KubernetesMockServer(
                new Context(), new MockWebServer(), responses, new KubernetesMixedDispatcher(responses), false);
        server.init();
        return server;
    }

    @Singleton
    @Replaces(Clusters.class)
    Clusters clusters(KubernetesMockServer server) {
        KubernetesClient client = server.createClient();
        DemoWorkloads.seed(server, client);
        return new Clusters(Map.of(NAME, client));
    }
}
