package dev.firebreak.integrations.kubernetes;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;

/**
 * {@code rollout-restart} (mutating): what {@code kubectl rollout restart} does, setting the pod template annotation
 * {@value #RESTARTED_AT} to now so the deployment rolls out fresh pods under its own surge/unavailable limits.
 */
final class RolloutRestartAction implements Action {
    static final String RESTARTED_AT = "kubectl.kubernetes.io/restartedAt";

    @Override
    public String name() {
        return "rollout-restart";
    }

    @Override
    public boolean mutating() {
        return true;
    }

    @Override
    public void run(ActionContext ctx, Output out) {
        String ns = ctx.namespace();
        String name = ctx.requiredName("deployment");
        var resource = ctx.client().apps().deployments().inNamespace(ns).withName(name);
        if (resource.get() == null) {
            out.line("deployment " + name + " not found in namespace " + ns);
            return;
        }
        String at = ctx.now().toString();
        // A merge patch touches only this annotation; nothing else of the template is sent back.
        String patch = "{\"spec\":{\"template\":{\"metadata\":{\"annotations\":{\"" + RESTARTED_AT + "\":\"" + at
                + "\"}}}}}";
        Deployment patched = resource.patch(PatchContext.of(PatchType.JSON_MERGE), patch);
        out.line("deployment " + name + " in namespace " + ns + " restarted (" + RESTARTED_AT + "=" + at
                + ", generation " + patched.getMetadata().getGeneration() + ")");
    }
}
