package dev.firebreak.integrations.kubernetes;

import java.util.Set;
import java.util.function.Supplier;

/**
 * Actions that change the cluster. Kept apart from {@link DiagnosticAction} so a caller can require a human's
 * approval before running one ({@link ClusterActions#isMutating(String)}).
 */
public enum MutatingAction implements ActionKind {
    ROLLOUT_RESTART("rollout-restart", RolloutRestartAction::new, "namespace", "deployment"),
    SCALE("scale", ScaleAction::new, "namespace", "deployment", "replicas"),
    CORDON("cordon", CordonAction::new, "node");

    private final Spec spec;

    MutatingAction(String actionName, Supplier<Action> factory, String... args) {
        this.spec = new Spec(actionName, factory, Set.of(args));
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
