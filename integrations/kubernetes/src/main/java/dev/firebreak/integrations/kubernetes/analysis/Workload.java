package dev.firebreak.integrations.kubernetes.analysis;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an analysis is narrowed to: the workloads the asked-for name resolves to, of any kind (Deployment,
 * StatefulSet, DaemonSet, Job, CronJob, ReplicaSet, Pod). A pod or ReplicaSet name leads to the workload that owns
 * it, and so back to all of that workload's pods; when two kinds share the name, both are analysed.
 * {@link #ALL} narrows nothing.
 */
final class Workload {
    static final Workload ALL = new Workload(true, null, null, List.of());
    /** The kinds a name is looked up in, most commonly meant first. */
    static final List<String> KINDS = List.of("Deployment", "StatefulSet", "DaemonSet", "CronJob", "Job",
            "ReplicaSet", "Pod");

    private final boolean all;
    private final String namespace;
    private final String name;
    private final List<WorkloadTarget> targets;

    private Workload(boolean all, String namespace, String name, List<WorkloadTarget> targets) {
        this.all = all;
        this.namespace = namespace;
        this.name = name;
        this.targets = List.copyOf(targets);
    }

    static Workload resolve(AnalysisScope scope) {
        if (scope.workload() == null) {
            return ALL;
        }
        Map<String, WorkloadTarget> found = new LinkedHashMap<>();
        for (String kind : KINDS) {
            for (HasMetadata o : Owners.list(scope, kind)) {
                if (!scope.workload().equals(o.getMetadata().getName()) || scope.namespace() != null
                        && !scope.namespace().equals(o.getMetadata().getNamespace())) {
                    continue;
                }
                Owners.Owned owned = new Owners.Owned(kind, o);
                // A pod or a ReplicaSet is how a workload shows in kubectl get pods: the workload is what was meant.
                if (kind.equals("Pod") || kind.equals("ReplicaSet")) {
                    owned = Owners.top(scope, owned);
                }
                found.putIfAbsent(owned.describe(), WorkloadTarget.of(scope, owned));
            }
        }
        return new Workload(false, scope.namespace(), scope.workload(), new ArrayList<>(found.values()));
    }

    boolean all() {
        return all;
    }

    /** The workloads the name resolved to ({@code Deployment shop/api}); empty for a whole namespace. */
    List<String> describe() {
        return targets.stream().map(WorkloadTarget::describe).toList();
    }

    /** Why nothing was found, when the name matches no workload of any kind; null otherwise. */
    String problem() {
        return all || !targets.isEmpty() ? null : "no Deployment, StatefulSet, DaemonSet, CronJob, Job, ReplicaSet"
                + " or Pod named " + name + (namespace == null ? " in any namespace" : " in namespace " + namespace);
    }

    boolean selects(HasMetadata pod) {
        return all || targets.stream().anyMatch(t -> t.selects(pod));
    }

    /** True when a service with this selector sends traffic to the workload's pods. */
    boolean selectedBy(HasMetadata service, Map<String, String> serviceSelector) {
        return all || targets.stream().anyMatch(t -> t.selectedBy(service, serviceSelector));
    }

    /** True when {@code object}, of {@code kind}, is (or, for a CronJob's Job, belongs to) the workload. */
    boolean is(String kind, HasMetadata object) {
        return is(kind, object.getMetadata().getNamespace(), object.getMetadata().getName());
    }

    boolean is(String kind, String namespace, String name) {
        return all || targets.stream().anyMatch(t -> t.is(kind, namespace, name));
    }

    /** A ReplicaSet of a Deployment in scope, or one named itself. */
    boolean ownerOf(HasMetadata replicaSet) {
        return all || targets.stream().anyMatch(t -> t.is("ReplicaSet", replicaSet.getMetadata().getNamespace(),
                replicaSet.getMetadata().getName()) || "Deployment".equals(t.kind())
                        && java.util.Objects.equals(t.namespace(), replicaSet.getMetadata().getNamespace())
                        && Owners.ownedBy(replicaSet, "Deployment", t.name()));
    }

    boolean mountsClaim(HasMetadata claim) {
        return all || targets.stream().anyMatch(t -> t.mountsClaim(claim));
    }

    boolean usesConfigMap(HasMetadata configMap) {
        return all || targets.stream().anyMatch(t -> t.usesConfigMap(configMap));
    }
}
