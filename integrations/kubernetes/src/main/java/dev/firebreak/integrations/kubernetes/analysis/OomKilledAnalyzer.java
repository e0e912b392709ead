package dev.firebreak.integrations.kubernetes.analysis;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Containers whose current or last run was OOMKilled, with the memory limit they hit. A crash-looping one is left to
 * {@link CrashLoopAnalyzer} (one finding per container). lastState keeps an OOM kill until the next restart, possibly
 * for weeks, so one older than {@link #STALE} is history, not an incident.
 */
final class OomKilledAnalyzer implements Analyzer {
    static final String REASON = "OOMKilled";
    static final Duration STALE = Duration.ofHours(24);

    @Override
    public String name() {
        return "pods-oom-killed";
    }

    @Override
    public boolean core() {
        return true;
    }

    @Override
    public List<Finding> analyze(AnalysisScope scope) {
        List<Finding> findings = new ArrayList<>();
        for (Pod pod : scope.pods()) {
            for (ContainerStatus cs : Pods.all(pod)) {
                ContainerStateTerminated oom = oom(cs);
                if (oom == null || CrashLoopAnalyzer.REASON.equals(Pods.waitingReason(cs))) {
                    continue;
                }
                Instant at = Times.parse(oom.getFinishedAt());
                if (at != null && at.isBefore(scope.now().minus(STALE))) {
                    continue;
                }
                List<String> evidence = new ArrayList<>();
                evidence.add(Pods.terminated("container " + cs.getName() + " terminated", oom));
                evidence.add("memory limit " + memoryLimit(pod, cs.getName()) + ", restarts " + cs.getRestartCount());
                findings.add(Findings.of(scope, Pods.KIND, pod, FailureClasses.OOM_KILLED, FindingSeverity.WARNING, at,
                        "container " + cs.getName() + " was OOMKilled (exit code " + oom.getExitCode()
                                + ") at its memory limit " + memoryLimit(pod, cs.getName()), evidence, "oom")
                        .withCause(ContainerCause.of(scope, pod, cs.getName(), oom, false)));
            }
        }
        return findings;
    }

    private static ContainerStateTerminated oom(ContainerStatus cs) {
        if (cs.getState() != null && cs.getState().getTerminated() != null
                && REASON.equals(cs.getState().getTerminated().getReason())) {
            return cs.getState().getTerminated();
        }
        ContainerStateTerminated last = Pods.lastTerminated(cs);
        return last != null && REASON.equals(last.getReason()) ? last : null;
    }

    static String memoryLimit(Pod pod, String container) {
        List<Container> all = new ArrayList<>();
        if (pod.getSpec() != null) {
            all.addAll(pod.getSpec().getContainers() == null ? List.of() : pod.getSpec().getContainers());
            all.addAll(pod.getSpec().getInitContainers() == null ? List.of() : pod.getSpec().getInitContainers());
        }
        return all.stream().filter(c -> container.equals(c.getName())).findFirst()
                .map(c -> c.getResources() == null || c.getResources().getLimits() == null ? null
                        : c.getResources().getLimits().get("memory"))
                .map(Object::toString).orElse("(none set)");
    }
}
