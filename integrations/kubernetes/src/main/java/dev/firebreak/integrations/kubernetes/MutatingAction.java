package dev.firebreak.integrations.kubernetes;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Actions that change the cluster. Kept apart from {@link DiagnosticAction} so a caller can require a human's
 * approval before running one ({@link ClusterActions#isMutating(String)}).
 */
public enum MutatingAction {
    ROLLOUT_RESTART("rollout-restart", RolloutRestartAction::new, "namespace", "deployment"),
    SCALE("scale", ScaleAction::new, "namespace", "deployment", "replicas"),
    CORDON("cordon", CordonAction::new, "node");

    private final String actionName;
    private final Supplier<Action> factory;
    private final Set<String> args;

    MutatingAction(String actionName, Supplier<Action> factory, String... args) {
        this.actionName = actionName;
        this.factory = factory;
        this.args = Set.of(args);
    }

    public String actionName() {
        return actionName;
    }

    public Set<String> args() {
        return args;
    }

    public static Optional<MutatingAction> fromName(String name) {
        return Arrays.stream(values()).filter(a -> a.actionName.equals(name)).findFirst();
    }

    Action create() {
        return factory.get();
    }
}
