package dev.firebreak.integrations.kubernetes;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.ObjectReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The objects {@code events kind=K name=N} is about. A workload's own events rarely say what is wrong; those of what
 * it owns do (FailedCreate on a ReplicaSet; BackOff, Unhealthy, FailedScheduling on pods). So a Deployment brings
 * its ReplicaSets and their pods, a StatefulSet or DaemonSet its pods, all found by owner reference as the
 * controllers find them. Pods already deleted are not found this way, and their events are left out.
 */
final class EventSubjects {
    private static final String DEPLOYMENT = HasMetadata.getKind(Deployment.class);
    private static final String STATEFUL_SET = HasMetadata.getKind(StatefulSet.class);
    private static final String DAEMON_SET = HasMetadata.getKind(DaemonSet.class);
    private static final String REPLICA_SET = HasMetadata.getKind(ReplicaSet.class);
    private static final String POD = HasMetadata.getKind(Pod.class);

    private record Subject(String kind, String name) {}

    private final String kind;
    private final String name;
    private final Set<Subject> owned;
    private final String ownedDescription;

    private EventSubjects(String kind, String name, Set<Subject> owned, String ownedDescription) {
        this.kind = kind;
        this.name = name;
        this.owned = owned;
        this.ownedDescription = ownedDescription;
    }

    /** What {@code kind}/{@code name} cover (null: any); a workload that is not found owns nothing. */
    static EventSubjects of(ActionContext ctx, String ns, String kind, String name) {
        if (kind == null || name == null) {
            return new EventSubjects(kind, name, Set.of(), "");
        }
        var apps = ctx.client().apps();
        if (DEPLOYMENT.equalsIgnoreCase(kind)) {
            Deployment d = apps.deployments().inNamespace(ns).withName(name).get();
            if (d != null) {
                return ofDeployment(ctx, ns, d);
            }
        } else if (STATEFUL_SET.equalsIgnoreCase(kind)) {
            StatefulSet s = apps.statefulSets().inNamespace(ns).withName(name).get();
            if (s != null) {
                return ofPodOwner(ctx, ns, STATEFUL_SET, s, s.getSpec() == null ? null : s.getSpec().getSelector());
            }
        } else if (DAEMON_SET.equalsIgnoreCase(kind)) {
            DaemonSet s = apps.daemonSets().inNamespace(ns).withName(name).get();
            if (s != null) {
                return ofPodOwner(ctx, ns, DAEMON_SET, s, s.getSpec() == null ? null : s.getSpec().getSelector());
            }
        }
        return new EventSubjects(kind, name, Set.of(), "");
    }

    private static EventSubjects ofDeployment(ActionContext ctx, String ns, Deployment d) {
        List<ReplicaSet> replicaSets = ReplicaSets.of(ctx, d);
        List<Pod> pods = replicaSets.isEmpty() ? List.of() : ownedPods(ctx, ns, selector(d), replicaSets);
        Set<Subject> owned = new HashSet<>();
        replicaSets.forEach(rs -> owned.add(new Subject(REPLICA_SET, rs.getMetadata().getName())));
        pods.forEach(p -> owned.add(new Subject(POD, p.getMetadata().getName())));
        return new EventSubjects(DEPLOYMENT, d.getMetadata().getName(), owned,
                ", its " + replicaSets.size() + " ReplicaSet(s) or their " + pods.size() + " pod(s)");
    }

    private static EventSubjects ofPodOwner(ActionContext ctx, String ns, String kind, HasMetadata workload,
            LabelSelector selector) {
        List<Pod> pods = ownedPods(ctx, ns, selector, List.of(workload));
        Set<Subject> owned = new HashSet<>();
        pods.forEach(p -> owned.add(new Subject(POD, p.getMetadata().getName())));
        return new EventSubjects(kind, workload.getMetadata().getName(), owned,
                " or its " + pods.size() + " pod(s)");
    }

    private static LabelSelector selector(Deployment d) {
        return d.getSpec() == null ? null : d.getSpec().getSelector();
    }

    private static List<Pod> ownedPods(ActionContext ctx, String ns, LabelSelector selector,
            List<? extends HasMetadata> owners) {
        var op = ctx.client().pods().inNamespace(ns);
        List<Pod> candidates = selector != null ? op.withLabelSelector(selector).list().getItems()
                : op.list().getItems();
        return candidates.stream().filter(p -> owners.stream().anyMatch(o -> ReplicaSets.ownedBy(p, o))).toList();
    }

    boolean includes(Event e) {
        if (Events.about(e, kind, name)) {
            return true;
        }
        ObjectReference o = e.getInvolvedObject();
        return o != null && owned.contains(new Subject(o.getKind(), o.getName()));
    }

    /** {@code " for Deployment/api, its 2 ReplicaSet(s) or their 3 pod(s)"}; empty when no object was named. */
    String describe() {
        if (kind == null && name == null) {
            return "";
        }
        return " for " + (kind == null ? "" : kind) + (name == null ? "" : (kind == null ? "" : "/") + name)
                + ownedDescription;
    }
}
