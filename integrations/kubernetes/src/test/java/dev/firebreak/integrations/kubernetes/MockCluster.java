package dev.firebreak.integrations.kubernetes;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.Map;

/** Builds the facade over a mock-server client, as the bot will over a real one. */
final class MockCluster {
    static final String CLUSTER = "prod-eu";

    private MockCluster() {}

    static ClusterActions actions(KubernetesClient client) {
        return actions(client, ClusterSettings.defaults());
    }

    static ClusterActions actions(KubernetesClient client, ClusterSettings settings) {
        return new ClusterActions(new Clusters(Map.of(CLUSTER, client)), settings, new Redactor());
    }

    static ClusterSettings settings(Duration stepTimeout, int maxLines, int maxBytes) {
        return new ClusterSettings(null, stepTimeout, maxLines, maxBytes);
    }

    static ActionRequest request(String action, String... keyValues) {
        Map<String, String> args = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            args.put(keyValues[i], keyValues[i + 1]);
        }
        return new ActionRequest(CLUSTER, action, args);
    }
}
