package dev.firebreak.integrations.kubernetes;

import io.fabric8.kubernetes.client.KubernetesClient;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The clusters Firebreak may use: the configured kubeconfig contexts that exist (or the current context when none
 * are configured), one cached client each. Anything else is refused, so a runbook cannot reach an unlisted cluster.
 */
@Singleton
public class Clusters implements AutoCloseable {
    /** The name of the cluster Firebreak runs in, reached with its pod's service account. */
    public static final String IN_CLUSTER = "in-cluster";
    private static final Logger LOG = LoggerFactory.getLogger(Clusters.class);

    /** Where contexts and clients come from; the kubeconfig in production, fixed clients in tests. */
    interface ClientFactory {
        List<String> contexts();

        /** The kubeconfig's current context, or null. */
        String currentContext();

        KubernetesClient create(String context);
    }

    private final ClusterSettings settings;
    private final ClientFactory factory;
    private final boolean ownsClients;
    private final Map<String, KubernetesClient> clients = new ConcurrentHashMap<>();
    private volatile List<String> names;

    private final NamespaceScope scope;

    @Inject
    public Clusters(ClusterSettings settings, NamespaceScope scope) {
        this(settings, new KubeconfigClientFactory(settings), true, scope);
    }

    public Clusters(ClusterSettings settings) {
        this(settings, NamespaceScope.everyNamespace());
    }

    /**
     * Test seam: these clients, by name, and nothing else (e.g. one from fabric8's mock server). The caller keeps
     * ownership and closes them.
     */
    public Clusters(Map<String, KubernetesClient> fixed) {
        this(fixed, NamespaceScope.everyNamespace());
    }

    public Clusters(Map<String, KubernetesClient> fixed, NamespaceScope scope) {
        this(new ClusterSettings(String.join(",", fixed.keySet()), null, 0, 0),
                new FixedClients(new LinkedHashMap<>(fixed)), false, scope);
    }

    Clusters(ClusterSettings settings, ClientFactory factory, boolean ownsClients) {
        this(settings, factory, ownsClients, NamespaceScope.everyNamespace());
    }

    Clusters(ClusterSettings settings, ClientFactory factory, boolean ownsClients, NamespaceScope scope) {
        this.settings = settings;
        this.factory = factory;
        this.ownsClients = ownsClients;
        this.scope = scope;
    }

    /**
     * The client for reading {@code namespace} (null: all namespaces) of an allowed cluster. The namespace is checked
     * against {@link NamespaceScope} here, before any API call, so no reading path can skip it.
     */
    public KubernetesClient forNamespace(String cluster, String namespace) {
        KubernetesClient client = client(cluster);
        scope.check(cluster, namespace);
        return client;
    }

    /** Why reading {@code namespace} of {@code cluster} would be refused; empty when it is allowed. */
    public java.util.Optional<String> namespaceRefusal(String cluster, String namespace) {
        return scope.refusal(cluster, namespace);
    }

    /** The client for cluster-scoped reads (nodes), which no namespace setting limits. */
    public KubernetesClient forClusterScope(String cluster) {
        return client(cluster);
    }

    /** The usable cluster names, in configured order. Read once from the kubeconfig, on first use. */
    public List<String> names() {
        List<String> resolved = names;
        if (resolved == null) {
            synchronized (this) {
                if (names == null) {
                    names = resolve();
                }
                resolved = names;
            }
        }
        return resolved;
    }

    public boolean allowed(String name) {
        return name != null && names().contains(name);
    }

    /** The cached client for an allowed cluster; refuses any other name. Callers say what they read, above. */
    KubernetesClient client(String name) {
        if (!allowed(name)) {
            throw new InvalidActionRequestException(name, "not an allowed cluster; allowed: "
                    + (names().isEmpty() ? "none (no kubeconfig context found)" : String.join(", ", names())));
        }
        return clients.computeIfAbsent(name, factory::create);
    }

    private List<String> resolve() {
        List<String> configured = settings.clusterNames();
        List<String> available;
        try {
            available = factory.contexts();
        } catch (RuntimeException e) {
            LOG.warn("Could not read kubeconfig contexts: {}", e.toString());
            return List.of();
        }
        if (configured.isEmpty()) {
            String current = factory.currentContext();
            return current == null ? List.of() : List.of(current);
        }
        List<String> usable = new ArrayList<>();
        for (String name : configured) {
            if (available.contains(name)) {
                usable.add(name);
            } else {
                LOG.warn("Cluster context '{}' from {}.clusters is not in the kubeconfig; it will be refused",
                        name, ClusterSettings.PREFIX);
            }
        }
        return List.copyOf(usable);
    }

    @PreDestroy
    @Override
    public void close() {
        if (ownsClients) {
            clients.values().forEach(KubernetesClient::close);
        }
        clients.clear();
    }

    private record FixedClients(Map<String, KubernetesClient> clients) implements ClientFactory {
        @Override
        public List<String> contexts() {
            return List.copyOf(clients.keySet());
        }

        @Override
        public String currentContext() {
            return clients.isEmpty() ? null : clients.keySet().iterator().next();
        }

        @Override
        public KubernetesClient create(String context) {
            return clients.get(context);
        }
    }
}
