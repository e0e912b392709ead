package dev.firebreak.runbook;

import java.util.List;
import java.util.Map;

/**
 * One step of a runbook. {@code args} holds the values as written: either a literal or exactly {@code ${param}};
 * {@link BoundParameters#argsFor(String)} gives the values to execute with. Steps without {@code dependsOn} may run in
 * parallel.
 */
public record Step(String id, String title, String action, Map<String, String> args, List<String> dependsOn,
        boolean requiresApproval) {

    public Step {
        args = Map.copyOf(args);
        dependsOn = List.copyOf(dependsOn);
    }

    /** True when the action changes the cluster (and so the step is guarded by a second person). */
    public boolean mutating() {
        return ActionCatalog.isMutating(action);
    }
}
