package dev.firebreak.integrations.kubernetes;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;

/**
 * {@code scale} (mutating): sets a deployment's replicas. A merge patch of {@code spec.replicas} (RBAC: patch on
 * deployments). Note that an HPA, if one targets the deployment, will soon set its own count again.
 */
final class ScaleAction implements Action {
    static final int MAX_REPLICAS = 1000;

    @Override
    public String name() {
        return "scale";
    }

    @Override
    public boolean mutating() {
        return true;
    }

    @Override
    public void run(ActionContext ctx, Output out) {
        String ns = ctx.namespace();
        String name = ctx.requiredName("deployment");
        int replicas = ctx.integer("replicas", 0, MAX_REPLICAS).orElseThrow(() ->
                new InvalidActionRequestException(ctx.cluster(), "argument 'replicas' is required"));
        var resource = ctx.client().apps().deployments().inNamespace(ns).withName(name);
        Deployment current = resource.get();
        if (current == null) {
            out.line("deployment " + name + " not found in namespace " + ns);
            return;
        }
        int before = Text.nz(current.getSpec().getReplicas());
        resource.patch(PatchContext.of(PatchType.JSON_MERGE), "{\"spec\":{\"replicas\":" + replicas + "}}");
        out.line("deployment " + name + " in namespace " + ns + " scaled from " + before + " to " + replicas
                + " replicas");
    }
}
