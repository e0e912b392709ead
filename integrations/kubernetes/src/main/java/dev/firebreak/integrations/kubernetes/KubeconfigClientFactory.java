package dev.firebreak.integrations.kubernetes;

import io.fabric8.kubernetes.api.model.NamedContext;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Contexts and clients from KUBECONFIG / ~/.kube/config (fabric8's usual lookup), or the pod's service account when
 * Firebreak runs in the cluster (context name {@value Clusters#IN_CLUSTER}).
 */
final class KubeconfigClientFactory implements Clusters.ClientFactory {
    static final Path SERVICE_ACCOUNT_TOKEN = Path.of("/var/run/secrets/kubernetes.io/serviceaccount/token");
    // fabric8 retries failed requests up to 10 times by default; within a 20s step one retry is all we can afford.
    static final int RETRIES = 1;

    private final ClusterSettings settings;

    KubeconfigClientFactory(ClusterSettings settings) {
        this.settings = settings;
    }

    @Override
    public List<String> contexts() {
        List<String> names = new ArrayList<>();
        List<NamedContext> contexts = Config.autoConfigure(null).getContexts();
        if (contexts != null) {
            contexts.forEach(c -> names.add(c.getName()));
        }
        if (Files.isReadable(SERVICE_ACCOUNT_TOKEN)) {
            names.add(Clusters.IN_CLUSTER);
        }
        return names;
    }

    @Override
    public String currentContext() {
        NamedContext current = Config.autoConfigure(null).getCurrentContext();
        if (current != null) {
            return current.getName();
        }
        return Files.isReadable(SERVICE_ACCOUNT_TOKEN) ? Clusters.IN_CLUSTER : null;
    }

    @Override
    public KubernetesClient create(String context) {
        // With no kubeconfig, autoConfigure(null) falls back to the service account: that is the in-cluster case.
        Config config = Config.autoConfigure(Clusters.IN_CLUSTER.equals(context) ? null : context);
        int timeoutMillis = (int) Math.min(Integer.MAX_VALUE, settings.stepTimeout().toMillis());
        config.setRequestTimeout(timeoutMillis);
        config.setConnectionTimeout(timeoutMillis);
        config.setRequestRetryBackoffLimit(RETRIES);
        return new KubernetesClientBuilder().withConfig(config).build();
    }
}
