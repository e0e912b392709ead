package dev.firebreak.runbook;

import java.util.List;
import java.util.Optional;

/**
 * A validated runbook. {@code clusters} is either {@code ["*"]} (every cluster Firebreak is allowed to reach) or
 * context names; {@code approvers} is {@link Audience#NOBODY} when no step needs approval. {@code source} is the file
 * it was loaded from, for messages.
 */
public record Runbook(String id, String title, String description, List<String> clusters, Audience allowed,
        Audience approvers, List<Parameter> parameters, List<Step> steps, String source) {

    public static final String ALL_CLUSTERS = "*";
    /** A parameter with this name selects the cluster (kube context) to run against; no action takes it as an arg. */
    public static final String CLUSTER_PARAMETER = "cluster";

    public Runbook {
        clusters = List.copyOf(clusters);
        parameters = List.copyOf(parameters);
        steps = List.copyOf(steps);
    }

    public Optional<Parameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public Optional<Step> step(String stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
    }

    /** Whether this runbook may target the given context; the global cluster allowlist is checked by the caller. */
    public boolean mayTarget(String cluster) {
        return clusters.contains(ALL_CLUSTERS) || clusters.contains(cluster);
    }

    public boolean hasGuardedSteps() {
        return steps.stream().anyMatch(Step::requiresApproval);
    }
}
