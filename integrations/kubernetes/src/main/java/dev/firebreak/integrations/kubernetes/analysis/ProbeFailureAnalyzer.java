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
 * container that is not running is a symptom, not the cause. Events expire (one hour by default), so a running
 * container with a readiness probe that has stayed not ready for {@link #NOT_READY_FOR} is reported without one.
 */
final class ProbeFailureAnalyzer implements Analyzer {
    static final String REASON = "Unhealthy";
    static final java.time.Duration NOT_READY_FOR = java.time.Duration.ofMinutes(5);

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
                quietlyNotReady(scope, pod, runningNotReady).ifPresent(findings::add);
                continue;
            }
            boolean liveness = probes.stream().anyMatch(e -> e.getMessage().startsWith("Liveness"));
            String latest = probes.get(probes.size() - 1).getMessage().strip();
            List<String> evidence = new ArrayList<>();
            runningNotReady.forEach(cs -> evidence.add("container " + cs.getName() + " running, not ready, restarts "
                    + cs.getRestartCount()));
            evidence.addAll(EventLog.evidence(probes));
            findings.add(Findings.of(scope, Pods.KIND, pod, FailureClasses.PROBE_FAILURE, FindingSeverity.WARNING,
                    Times.earliest(Pods.notReadySince(pod), EventLog.earliest(probes)),
                    (liveness ? "liveness" : "readiness") + " probe failing on running container(s) "
                            + String.join(", ", runningNotReady.stream().map(ContainerStatus::getName).toList()),
                    evidence, liveness ? "crashloop" : "service-endpoints").withCause("running but not Ready: "
                            + latest.replaceFirst("^(Readiness|Liveness|Startup) probe failed: ",
                                    "$1 probe failed: ").replaceFirst("^Readiness", "readiness")
                                    .replaceFirst("^Liveness", "liveness").replaceFirst("^Startup", "startup")));
        }
        return findings;
    }

    private static java.util.Optional<Finding> quietlyNotReady(AnalysisScope scope, Pod pod,
            List<ContainerStatus> notReady) {
        java.time.Instant since = Pods.conditionSince(pod, "Ready", "False");
        List<String> probed = notReady.stream().map(ContainerStatus::getName).filter(n -> pod.getSpec() != null
                && pod.getSpec().getContainers() != null && pod.getSpec().getContainers().stream()
                        .anyMatch(c -> n.equals(c.getName()) && c.getReadinessProbe() != null)).toList();
        if (probed.isEmpty() || since == null || since.isAfter(scope.now().minus(NOT_READY_FOR))) {
            return java.util.Optional.empty();
        }
        String names = String.join(", ", probed);
        return java.util.Optional.of(Findings.of(scope, Pods.KIND, pod, FailureClasses.PROBE_FAILURE,
                FindingSeverity.WARNING, since, "readiness probe failing on running container(s) " + names,
                List.of("container(s) " + names + " running, not ready since " + since
                        + "; no Unhealthy event left (events expire)"), "service-endpoints")
                .withCause("running but not Ready: the readiness probe of " + names + " has failed since " + since
                        + " (its message has expired with the events; kubectl describe pod shows the next one)"));
    }
}
