package dev.firebreak.runbook;

import java.util.Map;
import java.util.Optional;

/**
 * The checked values for one run of a runbook: {@code values} by parameter name (only those that got a value) and the
 * final arguments of each step, by step id, ready for the executor.
 */
public record BoundParameters(String runbookId, Map<String, String> values, Map<String, Map<String, String>> stepArgs) {

    public BoundParameters {
        values = Map.copyOf(values);
        stepArgs = Map.copyOf(stepArgs);
    }

    public Optional<String> value(String parameter) {
        return Optional.ofNullable(values.get(parameter));
    }

    /** The cluster (kube context) chosen through the {@code cluster} parameter, if the runbook declares one. */
    public Optional<String> cluster() {
        return value(Runbook.CLUSTER_PARAMETER);
    }

    /** The arguments to run the step with; every value has passed the action's argument syntax. */
    public Map<String, String> argsFor(String stepId) {
        Map<String, String> args = stepArgs.get(stepId);
        if (args == null) throw new IllegalArgumentException("runbook " + runbookId + " has no step " + stepId);
        return args;
    }
}
