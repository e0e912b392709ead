package dev.firebreak.integrations.kubernetes.analysis;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResourceList;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What one analysis looks at: a cluster's client, a namespace (null = all namespaces), optionally one named workload
 * (null = everything in the namespace), and one "now". Lists are fetched once per analysis and shared by the
 * analyzers running in parallel. Carries the fabric8 client, so it stays internal to analyzers.
 */
public final class AnalysisScope {
    private final KubernetesClient client;
    private final String cluster;
    private final String namespace;
    private final String workload;
    private final Instant now;
    private final Map<String, Memo<?>> memos = new ConcurrentHashMap<>();

    public AnalysisScope(KubernetesClient client, String cluster, String namespace, String workload, Instant now) {
        this.client = client;
        this.cluster = cluster;
        this.namespace = namespace;
        this.workload = workload;
        this.now = now;
    }

    public KubernetesClient client() {
        return client;
    }

    public String cluster() {
        return cluster;
    }

    /** Null means all namespaces. */
    public String namespace() {
        return namespace;
    }

    /** A workload name (of any kind, or one of its pods), or null for everything in the namespace. */
    public String workload() {
        return workload;
    }

    public Instant now() {
        return now;
    }

    /** Objects of one kind in the scope's namespace (or all), fetched once per analysis under {@code key}. */
    <T extends HasMetadata, L extends KubernetesResourceList<T>> List<T> list(String key,
            MixedOperation<T, L, ?> op) {
        return memo(key, () -> namespace == null ? op.inAnyNamespace().list().getItems()
                : op.inNamespace(namespace).list().getItems());
    }

    /** Every pod in the namespace, whether or not it belongs to the workload (services count them all). */
    List<Pod> allPods() {
        return list("pods", client.pods());
    }

    /** The pods in scope: all of the namespace's, or the workload's. */
    List<Pod> pods() {
        Workload w = target();
        return allPods().stream().filter(w::selects).toList();
    }

    List<Event> events() {
        return list("events", client.v1().events());
    }

    /** The workload(s) being analysed, resolved once; {@link Workload#ALL} when the scope is a whole namespace. */
    Workload target() {
        return memo("workload", () -> Workload.resolve(this));
    }

    @SuppressWarnings("unchecked")
    <T> T memo(String key, Supplier<T> supplier) {
        return ((Memo<T>) memos.computeIfAbsent(key, k -> new Memo<>(supplier))).get();
    }
}
