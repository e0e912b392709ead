package dev.firebreak.integrations.kubernetes.analysis;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntry;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What changed recently, for "what changed just before it broke": Deployment rollouts (the newest ReplicaSet, with
 * its image change), StatefulSet/DaemonSet spec writes and ConfigMap writes, dated from managedFields (the only
 * "last modified" Kubernetes keeps). Status writes are skipped, as are ConfigMaps used as leader-election locks and
 * kube-root-ca.crt, which change on their own. Secrets are never looked at.
 */
final class RecentChanges {
    /** How far back changes are collected; the facade narrows this to the window around the first failure. */
    static final Duration MAX_LOOKBACK = Duration.ofHours(24);
    static final String REVISION = "deployment.kubernetes.io/revision";
    static final String LEADER = "control-plane.alpha.kubernetes.io/leader";

    private RecentChanges() {}

    static List<Change> collect(AnalysisScope scope) {
        Instant cutoff = scope.now().minus(MAX_LOOKBACK);
        List<Change> changes = new ArrayList<>();
        List<ReplicaSet> replicaSets = scope.list("replicasets", scope.client().apps().replicaSets());
        for (Deployment d : scope.list("deployments", scope.client().apps().deployments())) {
            if (scope.target().is("Deployment", d)) {
                rollout(d, replicaSets).filter(c -> !c.at().isBefore(cutoff)).ifPresent(changes::add);
            }
        }
        List<HasMetadata> workloads = new ArrayList<>(scope.list("statefulsets",
                scope.client().apps().statefulSets()));
        workloads.addAll(scope.list("daemonsets", scope.client().apps().daemonSets()));
        for (HasMetadata w : workloads) {
            // Not w.getKind(): list items from a real API server carry no kind.
            String kind = w instanceof StatefulSet ? "StatefulSet" : "DaemonSet";
            if (!scope.target().is(kind, w)) {
                continue;
            }
            // Generation 1: the spec was never changed after the object was created.
            boolean created = Long.valueOf(1).equals(w.getMetadata().getGeneration());
            lastWrite(w).filter(t -> !t.isBefore(cutoff)).ifPresent(t -> changes.add(new Change(kind,
                    w.getMetadata().getNamespace(), w.getMetadata().getName(), t, kind + " "
                            + w.getMetadata().getName() + (created ? " created" : " spec updated (generation "
                                    + w.getMetadata().getGeneration() + ")") + " by " + manager(w, t), false,
                    created)));
        }
        for (ConfigMap cm : scope.list("configmaps", scope.client().configMaps())) {
            var annotations = cm.getMetadata().getAnnotations();
            if (!scope.target().usesConfigMap(cm) || "kube-root-ca.crt".equals(cm.getMetadata().getName())
                    || annotations != null && annotations.containsKey(LEADER)) {
                continue;
            }
            lastWrite(cm).filter(t -> !t.isBefore(cutoff)).ifPresent(t -> changes.add(new Change("ConfigMap",
                    cm.getMetadata().getNamespace(), cm.getMetadata().getName(), t, "ConfigMap "
                            + cm.getMetadata().getName() + " written by " + manager(cm, t), false)));
        }
        changes.sort(Comparator.comparing(Change::at).reversed());
        return changes;
    }

    /** The newest revision of a Deployment, dated by its ReplicaSet's creation, with the image change it brought. */
    private static Optional<Change> rollout(Deployment d, List<ReplicaSet> replicaSets) {
        List<ReplicaSet> history = replicaSets.stream()
                .filter(rs -> Objects.equals(rs.getMetadata().getNamespace(), d.getMetadata().getNamespace())
                        && rs.getMetadata().getOwnerReferences() != null && rs.getMetadata().getOwnerReferences()
                                .stream().anyMatch(r -> "Deployment".equals(r.getKind())
                                        && d.getMetadata().getName().equals(r.getName())))
                .sorted(Comparator.comparingLong(RecentChanges::revision)).toList();
        if (history.isEmpty()) {
            return Optional.empty();
        }
        ReplicaSet latest = history.get(history.size() - 1);
        Instant created = Times.parse(latest.getMetadata().getCreationTimestamp());
        if (created == null) {
            return Optional.empty();
        }
        String images = Workloads.images(latest.getSpec().getTemplate());
        String previous = history.size() < 2 ? null : Workloads.images(history.get(history.size() - 2).getSpec()
                .getTemplate());
        String what = previous == null ? "images " + images
                : previous.equals(images) ? "images unchanged (" + images + "), pod template changed"
                : "images " + previous + " -> " + images;
        // Revision 1 with no older ReplicaSet: the Deployment's first version, not a change to a working one.
        boolean first = history.size() < 2 && revision(latest) <= 1;
        return Optional.of(new Change("Deployment", d.getMetadata().getNamespace(), d.getMetadata().getName(), created,
                "Deployment " + d.getMetadata().getName() + (first ? " first deployed as revision " : " rolled out revision ")
                        + revision(latest) + " (ReplicaSet " + latest.getMetadata().getName() + "): " + what, false,
                first));
    }

    static long revision(ReplicaSet rs) {
        String value = rs.getMetadata().getAnnotations() == null ? null
                : rs.getMetadata().getAnnotations().get(REVISION);
        try {
            return value == null ? 0 : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The newest non-status write; the creation time when managedFields are absent (older API servers). */
    static Optional<Instant> lastWrite(HasMetadata object) {
        List<ManagedFieldsEntry> fields = object.getMetadata().getManagedFields();
        Optional<Instant> write = fields == null ? Optional.empty() : fields.stream().filter(RecentChanges::spec)
                .map(f -> Times.parse(f.getTime())).filter(Objects::nonNull).max(Instant::compareTo);
        return write.or(() -> Optional.ofNullable(Times.parse(object.getMetadata().getCreationTimestamp())));
    }

    private static String manager(HasMetadata object, Instant at) {
        List<ManagedFieldsEntry> fields = object.getMetadata().getManagedFields();
        return fields == null ? "unknown" : fields.stream().filter(RecentChanges::spec)
                .filter(f -> at.equals(Times.parse(f.getTime()))).map(ManagedFieldsEntry::getManager)
                .filter(Objects::nonNull).findFirst().orElse("unknown");
    }

    private static boolean spec(ManagedFieldsEntry f) {
        return f.getSubresource() == null || f.getSubresource().isEmpty();
    }
}
