package dev.firebreak.integrations.kubernetes.analysis;

import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Containers in CrashLoopBackOff, with how they last died (reason, exit code, message) and why, as the container
 * says it (see {@link ContainerCause}). A loop whose last death was OOMKilled points at the oom runbook and is
 * reported here only, not again by {@link OomKilledAnalyzer}.
 */
final class CrashLoopAnalyzer implements Analyzer {
    static final String REASON = "CrashLoopBackOff";
    /** Previous-run logs read per analysis: replicas of one workload usually die the same way. */
    static final int MAX_LOG_READS = 3;

    @Override
    public String name() {
        return "pods-crashloop";
    }

    @Override
    public boolean core() {
        return true;
    }

    @Override
    public List<Finding> analyze(AnalysisScope scope) {
        List<Finding> findings = new ArrayList<>();
        for (Pod pod : scope.pods()) {
            for (ContainerStatus cs : Pods.main(pod)) {
                if (REASON.equals(Pods.waitingReason(cs))) {
                    findings.add(finding(scope, pod, cs, findings.size() < MAX_LOG_READS));
                }
            }
        }
        return findings;
    }

    private static Finding finding(AnalysisScope scope, Pod pod, ContainerStatus cs, boolean readLog) {
        ContainerStateTerminated last = Pods.lastTerminated(cs);
        boolean oom = last != null && OomKilledAnalyzer.REASON.equals(last.getReason());
        String how = last == null ? "" : ", last exit " + last.getReason() + " (code " + last.getExitCode() + ")";
        return Pods.waitingFinding(scope, pod, cs, FailureClasses.CRASH_LOOP, FindingSeverity.CRITICAL,
                "container " + cs.getName() + " is crash-looping" + how + " after " + cs.getRestartCount()
                        + " restarts",
                Set.of("BackOff"), oom ? "oom" : "crashloop")
                .withCause(last == null ? null : ContainerCause.of(scope, pod, cs.getName(), last, readLog));
    }
}
