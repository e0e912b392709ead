package dev.firebreak.integrations.kubernetes.analysis;

import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Init containers that fail (crash-looping, or last exited non-zero), which keep the pod in Init:Error or
 * Init:CrashLoopBackOff forever: the main containers never start, so nothing else about the pod is reported.
 */
final class InitContainerAnalyzer implements Analyzer {

    @Override
    public String name() {
        return "pods-init-containers";
    }

    @Override
    public boolean core() {
        return true;
    }

    @Override
    public List<Finding> analyze(AnalysisScope scope) {
        List<Finding> findings = new ArrayList<>();
        for (Pod pod : scope.pods()) {
            for (ContainerStatus cs : Pods.init(pod)) {
                ContainerStateTerminated failed = failed(cs);
                if (failed == null && !CrashLoopAnalyzer.REASON.equals(Pods.waitingReason(cs))) {
                    continue;
                }
                List<String> evidence = new ArrayList<>();
                if (Pods.waitingReason(cs) != null) {
                    evidence.add("init " + Pods.waiting(cs));
                }
                if (failed != null) {
                    evidence.add(Pods.terminated("init container " + cs.getName() + " terminated", failed));
                }
                evidence.add("image " + cs.getImage() + ", restarts " + cs.getRestartCount());
                var events = EventLog.about(scope, Pods.KIND, pod, Set.of("BackOff", "Failed"));
                evidence.addAll(EventLog.evidence(events));
                Instant since = Times.earliest(failed == null ? null : Times.parse(failed.getFinishedAt()),
                        Pods.conditionSince(pod, "Initialized", "False"), EventLog.earliest(events));
                findings.add(Findings.of(scope, Pods.KIND, pod, FailureClasses.INIT_CONTAINER_FAILURE,
                        FindingSeverity.CRITICAL, since, "init container " + cs.getName() + " fails"
                                + (failed == null ? "" : " (exit code " + failed.getExitCode() + ")")
                                + "; the pod's containers cannot start", evidence, "crashloop"));
            }
        }
        return findings;
    }

    /** The current or last non-zero exit; null when the init container succeeded or never ran. */
    private static ContainerStateTerminated failed(ContainerStatus cs) {
        ContainerStateTerminated now = cs.getState() == null ? null : cs.getState().getTerminated();
        if (now != null) {
            return now.getExitCode() != null && now.getExitCode() != 0 ? now : null;
        }
        ContainerStateTerminated last = Pods.lastTerminated(cs);
        boolean stillFailing = !Boolean.TRUE.equals(cs.getReady());
        return stillFailing && last != null && last.getExitCode() != null && last.getExitCode() != 0 ? last : null;
    }
}
