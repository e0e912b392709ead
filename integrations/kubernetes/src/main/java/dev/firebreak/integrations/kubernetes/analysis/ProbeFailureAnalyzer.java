package dev.firebreak.integrations.kubernetes.analysis;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Pod;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Running containers that are not ready because a probe fails (Unhealthy events "Readiness probe failed" / "Liveness
 * probe failed"). Containers that are waiting (crash loop, image) are left to those analyzers: a probe failing on a
 * container that is not running is a symptom, not the cause.
 */
final class ProbeFailureAnalyzer implements Analyzer {
    static final String REASON = "Unhealthy";

    @Override
    public String name() {
        return "pods-probe-failure";
    }

    @Override
    public boolean core() {
        return true;
    }

    @Override
    public List<Finding> analyze(AnalysisScope scope) {
        List<Finding> findings = new ArrayList<>();
        for (Pod pod : scope.pods()) {
            List<ContainerStatus> runningNotReady = Pods.main(pod).stream()
                    .filter(cs -> cs.getState() != null && cs.getState().getRunning() != null
                            && !Boolean.TRUE.equals(cs.getReady())).toList();
            if (!"Running".equals(Pods.phase(pod)) || runningNotReady.isEmpty()) {
                continue;
            }
            List<Event> probes = EventLog.about(scope, Pods.KIND, pod, Set.of(REASON)).stream()
                    .filter(e -> e.getMessage() != null && e.getMessage().contains("probe failed")).toList();
            if (probes.isEmpty()) {
                continue;
            }
            boolean liveness = probes.stream().anyMatch(e -> e.getMessage().startsWith("Liveness"));
            List<String> evidence = new ArrayList<>();
            runningNotReady.forEach(cs -> evidence.add("container " + cs.getName() + " running, not ready, restarts "
                    + cs.getRestartCount()));
            evidence.addAll(EventLog.evidence(probes));
            findings.add(Findings.of(scope, Pods.KIND, pod, FailureClasses.PROBE_FAILURE, FindingSeverity.WARNING,
                    Times.earliest(Pods.notReadySince(pod), EventLog.earliest(probes)),
                    (liveness ? "liveness" : "readiness") + " probe failing on running container(s) "
                            + String.join(", ", runningNotReady.stream().map(ContainerStatus::getName).toList()),
                    evidence, liveness ? "crashloop" : "service-endpoints"));
        }
        return findings;
    }
}
