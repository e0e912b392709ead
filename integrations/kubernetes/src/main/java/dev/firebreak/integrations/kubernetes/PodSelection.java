package dev.firebreak.integrations.kubernetes;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which pods an action looks at: one {@code pod}, the pods of a {@code deployment} (through its selector), those
 * matching a {@code selector}, or all pods of the namespace. A missing pod or deployment becomes a line, not an error.
 */
final class PodSelection {
    private PodSelection() {}

    static List<Pod> resolve(ActionContext ctx, Output out) {
        String ns = ctx.namespace();
        var pods = ctx.client().pods().inNamespace(ns);
        Optional<String> pod = ctx.name("pod");
        if (pod.isPresent()) {
            Pod found = pods.withName(pod.get()).get();
            if (found == null) {
                out.line("pod " + pod.get() + " not found in namespace " + ns);
                return List.of();
            }
            return List.of(found);
        }
        Optional<String> deployment = ctx.name("deployment");
        List<Pod> list;
        String what;
        if (deployment.isPresent()) {
            Deployment d = ctx.client().apps().deployments().inNamespace(ns).withName(deployment.get()).get();
            if (d == null) {
                out.line("deployment " + deployment.get() + " not found in namespace " + ns);
                return List.of();
            }
            LabelSelector selector = d.getSpec() == null ? null : d.getSpec().getSelector();
            if (selector == null) {
                out.line("deployment " + deployment.get() + " has no selector");
                return List.of();
            }
            list = pods.withLabelSelector(selector).list().getItems();
            what = "of deployment " + deployment.get();
        } else if (ctx.selector().isPresent()) {
            list = pods.withLabelSelector(ctx.selector().get()).list().getItems();
            what = "matching " + ctx.selector().get();
        } else {
            list = pods.list().getItems();
            what = "";
        }
        if (list.isEmpty()) {
            out.line("no pods " + (what.isEmpty() ? "" : what + " ") + "in namespace " + ns);
        }
        return list.stream().sorted(Comparator.comparing(p -> p.getMetadata().getName())).toList();
    }
}
