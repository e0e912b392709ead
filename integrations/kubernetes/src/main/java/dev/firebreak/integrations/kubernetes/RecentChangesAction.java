package dev.firebreak.integrations.kubernetes;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.ControllerRevision;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * {@code recent-changes}: what changed in a namespace within {@code since} (default 2h), newest first: new
 * Deployment revisions (ReplicaSets), new StatefulSet/DaemonSet revisions (ControllerRevisions), spec writes seen in
 * managedFields, and ConfigMaps created or updated. "What changed just before it broke" is the first on-call question.
 * Secrets are deliberately not looked at.
 */
final class RecentChangesAction implements Action {
    static final Duration DEFAULT_SINCE = Duration.ofHours(2);

    private record Change(Instant when, String text) {}

    @Override
    public String name() {
        return "recent-changes";
    }

    @Override
    public void run(ActionContext ctx, Output out) {
        String ns = ctx.namespace();
        Duration since = ctx.duration("since").orElse(DEFAULT_SINCE);
        Instant cutoff = ctx.now().minus(since);
        List<Change> changes = new ArrayList<>();
        var apps = ctx.client().apps();
        for (Deployment d : apps.deployments().inNamespace(ns).list().getItems()) {
            List<ReplicaSet> history = ReplicaSets.of(ctx, d);
            if (!history.isEmpty()) {
                ReplicaSet latest = history.get(history.size() - 1);
                Instant created = Text.time(latest.getMetadata().getCreationTimestamp());
                if (created != null && !created.isBefore(cutoff)) {
                    String previous = history.size() > 1
                            ? "; previous images=" + ReplicaSets.images(history.get(history.size() - 2).getSpec()
                                    .getTemplate()) : "";
                    changes.add(new Change(created, "deployment/" + d.getMetadata().getName()
                            + " new ReplicaSet " + latest.getMetadata().getName() + " (revision "
                            + ReplicaSets.revision(latest) + ") images=" + ReplicaSets.images(latest.getSpec()
                                    .getTemplate()) + previous));
                }
            }
            written(d, "deployment", cutoff, changes);
        }
        List<ControllerRevision> revisions = apps.controllerRevisions().inNamespace(ns).list().getItems();
        List<HasMetadata> workloads = new ArrayList<>(apps.statefulSets().inNamespace(ns).list().getItems());
        workloads.addAll(apps.daemonSets().inNamespace(ns).list().getItems());
        for (HasMetadata w : workloads) {
            String kind = w.getKind().toLowerCase(Locale.ROOT);
            revisions.stream().filter(r -> ReplicaSets.ownedBy(r, w))
                    .max(Comparator.comparingLong(r -> r.getRevision() == null ? 0 : r.getRevision()))
                    .ifPresent(r -> {
                        Instant created = Text.time(r.getMetadata().getCreationTimestamp());
                        if (created != null && !created.isBefore(cutoff)) {
                            changes.add(new Change(created, kind + "/" + w.getMetadata().getName() + " new revision "
                                    + r.getRevision() + " (controllerrevision " + r.getMetadata().getName() + ")"));
                        }
                    });
            written(w, kind, cutoff, changes);
        }
        for (ConfigMap cm : ctx.client().configMaps().inNamespace(ns).list().getItems()) {
            Instant created = Text.time(cm.getMetadata().getCreationTimestamp());
            if (created != null && !created.isBefore(cutoff)) {
                changes.add(new Change(created, "configmap/" + cm.getMetadata().getName() + " created"));
            } else {
                written(cm, "configmap", cutoff, changes);
            }
        }
        if (changes.isEmpty()) {
            out.line("no changes to deployments, statefulsets, daemonsets or configmaps in namespace " + ns
                    + " in the last " + Durations.format(since));
            return;
        }
        changes.stream().sorted(Comparator.comparing(Change::when).reversed())
                .forEach(c -> out.line(c.when() + " (" + Text.age(c.when(), ctx.now()) + " ago) " + c.text()));
    }

    private static void written(HasMetadata object, String kind, Instant cutoff, List<Change> changes) {
        ManagedFields.lastWrite(object).filter(w -> !w.time().isBefore(cutoff))
                .ifPresent(w -> changes.add(new Change(w.time(), kind + "/" + object.getMetadata().getName()
                        + " updated by " + w.manager() + (object.getMetadata().getGeneration() == null ? ""
                                : " (generation " + object.getMetadata().getGeneration() + ")"))));
    }
}
