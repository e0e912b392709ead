package dev.firebreak.integrations.kubernetes;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;

/** {@code cordon} (mutating): marks a node unschedulable, as {@code kubectl cordon}; running pods stay. */
final class CordonAction implements Action {

    @Override
    public String name() {
        return "cordon";
    }

    @Override
    public boolean mutating() {
        return true;
    }

    @Override
    public void run(ActionContext ctx, Output out) {
        String name = ctx.requiredName("node");
        var resource = ctx.client().nodes().withName(name);
        Node node = resource.get();
        if (node == null) {
            out.line("node " + name + " not found");
            return;
        }
        if (node.getSpec() != null && Boolean.TRUE.equals(node.getSpec().getUnschedulable())) {
            out.line("node " + name + " is already cordoned");
            return;
        }
        resource.patch(PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"unschedulable\":true}}");
        out.line("node " + name + " cordoned (unschedulable=true); its running pods were not evicted");
    }
}
