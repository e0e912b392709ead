package dev.firebreak.integrations.kubernetes.analysis;

import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * DaemonSets with unavailable pods (some node lacks its agent: logging, CNI, CSI...) or pods on nodes they should
 * not run on (misscheduled, usually after a node's labels or taints changed).
 * Narrowed to the named workload when there is one.
 */
final class DaemonSetAnalyzer implements Analyzer {
    static final String KIND = "DaemonSet";

    @Override
    public String name() {
        return "daemonsets";
    }

    @Override
    public boolean core() {
        return true;
    }

    @Override
    public List<Finding> analyze(AnalysisScope scope) {
        List<Finding> findings = new ArrayList<>();
        for (DaemonSet ds : scope.list("daemonsets", scope.client().apps().daemonSets())) {
            var s = ds.getStatus();
            if (s == null || !scope.target().is(KIND, ds)) {
                continue;
            }
            int desired = Objects.requireNonNullElse(s.getDesiredNumberScheduled(), 0);
            int unavailable = Objects.requireNonNullElse(s.getNumberUnavailable(), 0);
            int misscheduled = Objects.requireNonNullElse(s.getNumberMisscheduled(), 0);
            String counts = "desired " + desired + ", ready " + Objects.requireNonNullElse(s.getNumberReady(), 0)
                    + ", unavailable " + unavailable + ", misscheduled " + misscheduled + ", images "
                    + Workloads.images(ds.getSpec().getTemplate());
            if (unavailable > 0) {
                findings.add(Findings.of(scope, KIND, ds, FailureClasses.DAEMONSET_UNAVAILABLE,
                        FindingSeverity.WARNING, null, unavailable + " of " + desired + " pods unavailable",
                        List.of(counts), "rollout"));
            }
            if (misscheduled > 0) {
                findings.add(Findings.of(scope, KIND, ds, FailureClasses.DAEMONSET_MISSCHEDULED, FindingSeverity.INFO,
                        null, misscheduled + " pods running on nodes they should not run on", List.of(counts), null));
            }
        }
        return findings;
    }
}
