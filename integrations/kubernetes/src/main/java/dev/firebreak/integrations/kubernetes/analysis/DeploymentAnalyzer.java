package dev.firebreak.integrations.kubernetes.analysis;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Deployments whose rollout gave up (Progressing=False ProgressDeadlineExceeded), or that have fewer ready replicas
 * than desired. A rollout still within its progress deadline (Progressing=True, e.g. ReplicaSetUpdated) has fewer
 * ready replicas by design and stays quiet: the controller is still working and will say when it gives up.
 */
final class DeploymentAnalyzer implements Analyzer {
    static final String KIND = "Deployment";
    /** Progressing=True reasons meaning "rolling out now", as set by the deployment controller. */
    static final Set<String> ROLLING = Set.of("ReplicaSetUpdated", "NewReplicaSetCreated", "FoundNewReplicaSet");

    @Override
    public String name() {
        return "deployments";
    }

    @Override
    public boolean core() {
        return true;
    }

    @Override
    public List<Finding> analyze(AnalysisScope scope) {
        List<Finding> findings = new ArrayList<>();
        for (Deployment d : scope.list("deployments", scope.client().apps().deployments())) {
            if (scope.target().is(KIND, d)) {
                Finding f = check(scope, d);
                if (f != null) {
                    findings.add(f);
                }
            }
        }
        return findings;
    }

    private static Finding check(AnalysisScope scope, Deployment d) {
        var status = d.getStatus();
        int desired = Objects.requireNonNullElse(d.getSpec().getReplicas(), 1);
        int ready = status == null ? 0 : Objects.requireNonNullElse(status.getReadyReplicas(), 0);
        Conditions conditions = Conditions.of(status == null ? null : status.getConditions(),
                DeploymentAnalyzer::condition);
        List<String> evidence = new ArrayList<>();
        evidence.add("ready " + ready + "/" + desired + ", updated "
                + (status == null ? 0 : Objects.requireNonNullElse(status.getUpdatedReplicas(), 0))
                + ", images " + Workloads.images(d.getSpec().getTemplate()));
        Conditions.Condition progressing = conditions.get("Progressing");
        Conditions.Condition available = conditions.get("Available", "False");
        if (available != null) {
            evidence.add(available.describe());
        }
        if (progressing != null && progressing.is("False")
                && "ProgressDeadlineExceeded".equals(progressing.reason())) {
            evidence.add(progressing.describe());
            return Findings.of(scope, KIND, d, FailureClasses.PROGRESS_DEADLINE_EXCEEDED, FindingSeverity.CRITICAL,
                    progressing.lastTransition(), "rollout stuck: progress deadline exceeded with " + ready + "/"
                            + desired + " replicas ready", evidence, "rollout");
        }
        boolean rolling = progressing != null && progressing.is("True") && progressing.reason() != null
                && ROLLING.contains(progressing.reason());
        if (ready >= desired || rolling) {
            return null;
        }
        if (progressing != null) {
            evidence.add(progressing.describe());
        }
        return Findings.of(scope, KIND, d, FailureClasses.DEPLOYMENT_UNAVAILABLE,
                ready == 0 ? FindingSeverity.CRITICAL : FindingSeverity.WARNING,
                available == null ? null : available.lastTransition(),
                ready + "/" + desired + " replicas ready", evidence, "rollout");
    }

    private static Conditions.Condition condition(DeploymentCondition c) {
        // lastUpdateTime moves on every progress report; lastTransitionTime is when the status last flipped.
        return new Conditions.Condition(c.getType(), c.getStatus(), c.getReason(), c.getMessage(),
                Times.earliest(Times.parse(c.getLastTransitionTime()), Times.parse(c.getLastUpdateTime())));
    }
}
