package dev.firebreak.integrations.kubernetes.analysis;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Pod;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Pods stuck before their containers start (ContainerCreating / PodInitializing) because a volume cannot be mounted
 * or attached, or the sandbox (network) cannot be created. Without such events ContainerCreating is just a pod
 * starting, and stays quiet.
 */
final class ContainerCreatingAnalyzer implements Analyzer {
    static final Set<String> WAITING = Set.of("ContainerCreating", "PodInitializing");
    static final Set<String> MOUNT = Set.of("FailedMount", "FailedAttachVolume");
    static final Set<String> EVENTS = Set.of("FailedMount", "FailedAttachVolume", "FailedCreatePodSandBox");

    @Override
    public String name() {
        return "pods-container-creating";
    }

    @Override
    public boolean core() {
        return true;
    }

    @Override
    public List<Finding> analyze(AnalysisScope scope) {
        List<Finding> findings = new ArrayList<>();
        for (Pod pod : scope.pods()) {
            List<ContainerStatus> creating = Pods.all(pod).stream()
                    .filter(cs -> Pods.waitingFor(cs, WAITING)).toList();
            if (!"Pending".equals(Pods.phase(pod)) || creating.isEmpty()) {
                continue;
            }
            List<Event> events = EventLog.about(scope, Pods.KIND, pod, EVENTS);
            if (events.isEmpty()) {
                continue;
            }
            boolean mount = events.stream().anyMatch(e -> e.getReason() != null && MOUNT.contains(e.getReason()));
            List<String> evidence = new ArrayList<>();
            creating.forEach(cs -> evidence.add(Pods.waiting(cs)));
            if (pod.getSpec() != null && pod.getSpec().getNodeName() != null) {
                evidence.add("node " + pod.getSpec().getNodeName());
            }
            evidence.addAll(EventLog.evidence(events));
            findings.add(Findings.of(scope, Pods.KIND, pod, FailureClasses.CONTAINER_CREATING_STUCK,
                    FindingSeverity.WARNING, Times.earliest(Pods.notReadySince(pod), EventLog.earliest(events)),
                    "pod stuck in ContainerCreating: " + (mount ? "a volume cannot be mounted"
                            : "the pod sandbox (network) cannot be created"),
                    evidence, mount ? "pvc-stuck" : null));
        }
        return findings;
    }
}
