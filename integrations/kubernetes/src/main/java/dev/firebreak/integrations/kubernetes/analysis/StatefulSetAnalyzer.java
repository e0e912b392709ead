package dev.firebreak.integrations.kubernetes.analysis;

import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * StatefulSets with fewer ready replicas than desired. StatefulSets start pods one at a time, so one stuck pod stops
 * the rest: the pod analyzers say why; this says how much of the set is down.
 * Narrowed to the named workload when there is one.
 */
final class StatefulSetAnalyzer implements Analyzer {
    static final String KIND = "StatefulSet";

    @Override
    public String name() {
        return "statefulsets";
    }

    @Override
    public boolean core() {
        return true;
    }

    @Override
    public List<Finding> analyze(AnalysisScope scope) {
        List<Finding> findings = new ArrayList<>();
        for (StatefulSet s : scope.list("statefulsets", scope.client().apps().statefulSets())) {
            if (!scope.target().is(KIND, s)) {
                continue;
            }
            int desired = Objects.requireNonNullElse(s.getSpec().getReplicas(), 1);
            var status = s.getStatus();
            int ready = status == null ? 0 : Objects.requireNonNullElse(status.getReadyReplicas(), 0);
            if (ready >= desired) {
                continue;
            }
            List<String> evidence = new ArrayList<>();
            evidence.add("ready " + ready + "/" + desired + ", images " + Workloads.images(s.getSpec().getTemplate()));
            if (status != null && status.getUpdateRevision() != null
                    && !status.getUpdateRevision().equals(status.getCurrentRevision())) {
                evidence.add("rolling from revision " + status.getCurrentRevision() + " to "
                        + status.getUpdateRevision());
            }
            findings.add(Findings.of(scope, KIND, s, FailureClasses.STATEFULSET_UNAVAILABLE,
                    ready == 0 ? FindingSeverity.CRITICAL : FindingSeverity.WARNING, null,
                    ready + "/" + desired + " replicas ready", evidence, "rollout"));
        }
        return findings;
    }
}
