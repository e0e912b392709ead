package dev.firebreak.integrations.kubernetes.analysis;

import io.fabric8.kubernetes.api.model.Pod;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Pods the kubelet evicted (phase Failed, reason Evicted): the node ran short of memory, disk or PIDs. The message
 * names the resource and the container using most of it.
 */
final class EvictedPodAnalyzer implements Analyzer {
    static final String REASON = "Evicted";

    @Override
    public String name() {
        return "pods-evicted";
    }

    @Override
    public boolean core() {
        return true;
    }

    @Override
    public List<Finding> analyze(AnalysisScope scope) {
        List<Finding> findings = new ArrayList<>();
        for (Pod pod : scope.pods()) {
            if (!"Failed".equals(Pods.phase(pod)) || !REASON.equals(pod.getStatus().getReason())) {
                continue;
            }
            String node = pod.getSpec() == null ? null : pod.getSpec().getNodeName();
            List<String> evidence = new ArrayList<>();
            evidence.add("status reason Evicted: " + Objects.requireNonNullElse(pod.getStatus().getMessage(), "")
                    .strip());
            if (node != null) {
                evidence.add("node " + node);
            }
            var events = EventLog.about(scope, Pods.KIND, pod, Set.of(REASON));
            evidence.addAll(EventLog.evidence(events));
            // DisruptionTarget (Kubernetes 1.26+) dates the eviction; Ready=False is the fallback on older clusters.
            Instant since = Times.earliest(Pods.conditionSince(pod, "DisruptionTarget", "True"),
                    Pods.conditionSince(pod, "Ready", "False"), EventLog.earliest(events));
            findings.add(Findings.of(scope, Pods.KIND, pod, FailureClasses.EVICTED, FindingSeverity.WARNING, since,
                    "pod was evicted" + (node == null ? "" : " from node " + node), evidence, "node-pressure"));
        }
        return findings;
    }
}
