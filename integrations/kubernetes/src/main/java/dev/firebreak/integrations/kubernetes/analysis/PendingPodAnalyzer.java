package dev.firebreak.integrations.kubernetes.analysis;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Pending pods the scheduler cannot place (PodScheduled=False), with its reason: "0/3 nodes are available: 3
 * Insufficient memory." is the whole diagnosis. Pending pods that are scheduled and starting are not reported here.
 */
final class PendingPodAnalyzer implements Analyzer {

    @Override
    public String name() {
        return "pods-pending";
    }

    @Override
    public boolean core() {
        return true;
    }

    @Override
    public List<Finding> analyze(AnalysisScope scope) {
        List<Finding> findings = new ArrayList<>();
        for (Pod pod : scope.pods()) {
            PodCondition scheduled = unscheduled(pod);
            if (!"Pending".equals(Pods.phase(pod)) || scheduled == null) {
                continue;
            }
            var events = EventLog.about(scope, Pods.KIND, pod, Set.of("FailedScheduling"));
            // The newest FailedScheduling event is the scheduler's latest word; the condition keeps an older one.
            String latest = events.isEmpty() ? null : events.get(events.size() - 1).getMessage();
            String message = latest != null && !latest.isBlank() ? latest.strip()
                    : scheduled.getMessage() == null ? "no message from the scheduler" : scheduled.getMessage().strip();
            List<String> evidence = new ArrayList<>();
            evidence.add("PodScheduled=False reason " + scheduled.getReason() + ": "
                    + (scheduled.getMessage() == null ? "" : scheduled.getMessage().strip()));
            evidence.addAll(EventLog.evidence(events));
            findings.add(Findings.of(scope, Pods.KIND, pod, FailureClasses.UNSCHEDULABLE, FindingSeverity.WARNING,
                    Times.earliest(Times.parse(scheduled.getLastTransitionTime()), EventLog.earliest(events)),
                    "pod cannot be scheduled: " + message, evidence, "pending-pods")
                    .withCause(SchedulerReasons.cause(pod, message)));
        }
        return findings;
    }

    private static PodCondition unscheduled(Pod pod) {
        if (pod.getStatus() == null || pod.getStatus().getConditions() == null) {
            return null;
        }
        return pod.getStatus().getConditions().stream()
                .filter(c -> "PodScheduled".equals(c.getType()) && "False".equals(c.getStatus())).findFirst()
                .orElse(null);
    }
}
