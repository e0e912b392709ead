package dev.firebreak.integrations.kubernetes.analysis;

import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * ReplicaSets that cannot create pods (ReplicaFailure=True FailedCreate): quota exceeded, an admission webhook or a
 * PodSecurity rule refusing the pod. No pod exists to show the problem, so only the ReplicaSet can tell it.
 */
final class ReplicaSetAnalyzer implements Analyzer {
    static final String KIND = "ReplicaSet";

    @Override
    public String name() {
        return "replicasets";
    }

    @Override
    public boolean core() {
        return true;
    }

    @Override
    public List<Finding> analyze(AnalysisScope scope) {
        List<Finding> findings = new ArrayList<>();
        for (ReplicaSet rs : scope.list("replicasets", scope.client().apps().replicaSets())) {
            if (!scope.target().ownerOf(rs) || rs.getStatus() == null) {
                continue;
            }
            Conditions.Condition failure = Conditions.of(rs.getStatus().getConditions(),
                    c -> new Conditions.Condition(c.getType(), c.getStatus(), c.getReason(), c.getMessage(),
                            Times.parse(c.getLastTransitionTime()))).get("ReplicaFailure", "True");
            if (failure == null) {
                continue;
            }
            List<String> evidence = new ArrayList<>();
            evidence.add(failure.describe());
            var events = EventLog.about(scope, KIND, rs, Set.of("FailedCreate"));
            evidence.addAll(EventLog.evidence(events));
            findings.add(Findings.of(scope, KIND, rs, FailureClasses.REPLICASET_FAILED_CREATE,
                    FindingSeverity.CRITICAL, Times.earliest(failure.lastTransition(), EventLog.earliest(events)),
                    "cannot create pods: " + failure.reason(), evidence, "rollout"));
        }
        return findings;
    }
}
