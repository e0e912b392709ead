package dev.firebreak.integrations.kubernetes;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** A deployment's ReplicaSets (its revision history), found by owner reference as the deployment controller does. */
final class ReplicaSets {
    static final String REVISION = "deployment.kubernetes.io/revision";

    private ReplicaSets() {}

    /** Owned ReplicaSets sorted by revision, oldest first. */
    static List<ReplicaSet> of(ActionContext ctx, Deployment d) {
        String ns = d.getMetadata().getNamespace() == null ? ctx.namespace() : d.getMetadata().getNamespace();
        var op = ctx.client().apps().replicaSets().inNamespace(ns);
        List<ReplicaSet> candidates = d.getSpec() != null && d.getSpec().getSelector() != null
                ? op.withLabelSelector(d.getSpec().getSelector()).list().getItems()
                : op.list().getItems();
        return candidates.stream().filter(rs -> ownedBy(rs, d))
                .sorted(Comparator.comparingLong(ReplicaSets::revision)).toList();
    }

    static boolean ownedBy(HasMetadata child, HasMetadata owner) {
        if (child.getMetadata().getOwnerReferences() == null) {
            return false;
        }
        String uid = owner.getMetadata().getUid();
        return child.getMetadata().getOwnerReferences().stream().anyMatch(ref -> uid != null && ref.getUid() != null
                ? uid.equals(ref.getUid())
                : owner.getKind().equals(ref.getKind()) && owner.getMetadata().getName().equals(ref.getName()));
    }

    static long revision(ReplicaSet rs) {
        String value = rs.getMetadata().getAnnotations() == null ? null
                : rs.getMetadata().getAnnotations().get(REVISION);
        try {
            return value == null ? 0 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static String images(PodTemplateSpec template) {
        if (template == null || template.getSpec() == null || template.getSpec().getContainers() == null) {
            return "-";
        }
        return template.getSpec().getContainers().stream().map(Container::getImage).collect(Collectors.joining(","));
    }
}
