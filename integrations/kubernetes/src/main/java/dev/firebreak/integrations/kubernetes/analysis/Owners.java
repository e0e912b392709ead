package dev.firebreak.integrations.kubernetes.analysis;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Follows controller owner references up to the workload a person deployed: a pod to its ReplicaSet to its
 * Deployment, a pod to its Job to its CronJob, a pod to its StatefulSet or DaemonSet. Lookups use the analysis'
 * shared lists; a kind the analysis may not read (batch without the opt-in RBAC) ends the walk where it is.
 */
final class Owners {
    /** An object with its kind: list items from a real API server carry no kind. */
    record Owned(String kind, HasMetadata object) {
        String describe() {
            return kind + " " + object.getMetadata().getNamespace() + "/" + object.getMetadata().getName();
        }
    }

    private Owners() {}

    /** The topmost controller of {@code object}; the object itself when nothing owns it. */
    static Owned top(AnalysisScope scope, Owned object) {
        Owned current = object;
        for (int depth = 0; depth < 4; depth++) {
            Optional<Owned> parent = parent(scope, current.object());
            if (parent.isEmpty()) {
                return current;
            }
            current = parent.get();
        }
        return current;
    }

    /** The named object of {@code kind} in {@code namespace}, from the analysis' lists; empty when not readable. */
    static Optional<HasMetadata> find(AnalysisScope scope, String kind, String namespace, String name) {
        return list(scope, kind).stream().filter(o -> name.equals(o.getMetadata().getName())
                && (namespace == null || namespace.equals(o.getMetadata().getNamespace())))
                .<HasMetadata>map(o -> o).findFirst();
    }

    /** Every object of a workload kind in the scope's namespace; empty when the kind cannot be read. */
    static List<? extends HasMetadata> list(AnalysisScope scope, String kind) {
        var client = scope.client();
        try {
            return switch (kind) {
                case "Deployment" -> scope.list("deployments", client.apps().deployments());
                case "StatefulSet" -> scope.list("statefulsets", client.apps().statefulSets());
                case "DaemonSet" -> scope.list("daemonsets", client.apps().daemonSets());
                case "ReplicaSet" -> scope.list("replicasets", client.apps().replicaSets());
                case "Job" -> scope.list("jobs", client.batch().v1().jobs());
                case "CronJob" -> scope.list("cronjobs", client.batch().v1().cronjobs());
                case "Pod" -> scope.allPods();
                default -> List.of();
            };
        } catch (KubernetesClientException e) {
            return List.of();
        }
    }

    private static Optional<Owned> parent(AnalysisScope scope, HasMetadata object) {
        List<OwnerReference> refs = object.getMetadata().getOwnerReferences();
        if (refs == null) {
            return Optional.empty();
        }
        return refs.stream().filter(r -> !Boolean.FALSE.equals(r.getController()) && r.getKind() != null
                && r.getName() != null).findFirst().flatMap(r -> find(scope, r.getKind(),
                        object.getMetadata().getNamespace(), r.getName()).map(o -> new Owned(r.getKind(), o)));
    }

    static boolean ownedBy(HasMetadata object, String kind, String name) {
        List<OwnerReference> refs = object.getMetadata().getOwnerReferences();
        return refs != null && refs.stream().anyMatch(r -> kind.equals(r.getKind()) && Objects.equals(name,
                r.getName()));
    }
}
