package dev.firebreak.integrations.kubernetes.analysis;

import io.fabric8.kubernetes.api.model.ContainerState;
import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Reads pod and container status the way an on-call engineer does: why it waits, how it last died, since when. */
final class Pods {
    static final String KIND = "Pod";

    private Pods() {}

    static List<ContainerStatus> main(Pod pod) {
        return pod.getStatus() == null || pod.getStatus().getContainerStatuses() == null ? List.of()
                : pod.getStatus().getContainerStatuses();
    }

    static List<ContainerStatus> init(Pod pod) {
        return pod.getStatus() == null || pod.getStatus().getInitContainerStatuses() == null ? List.of()
                : pod.getStatus().getInitContainerStatuses();
    }

    static List<ContainerStatus> all(Pod pod) {
        List<ContainerStatus> all = new ArrayList<>(init(pod));
        all.addAll(main(pod));
        return all;
    }

    static String phase(Pod pod) {
        return pod.getStatus() == null ? null : pod.getStatus().getPhase();
    }

    static String waitingReason(ContainerStatus cs) {
        ContainerState s = cs.getState();
        return s == null || s.getWaiting() == null ? null : s.getWaiting().getReason();
    }

    /** Whether the container waits for one of {@code reasons}; a running one has no reason (Set.of refuses null). */
    static boolean waitingFor(ContainerStatus cs, Set<String> reasons) {
        String reason = waitingReason(cs);
        return reason != null && reasons.contains(reason);
    }

    static ContainerStateTerminated lastTerminated(ContainerStatus cs) {
        return cs.getLastState() == null ? null : cs.getLastState().getTerminated();
    }

    /** The condition's lastTransitionTime when it has {@code status}; null otherwise. */
    static Instant conditionSince(Pod pod, String type, String status) {
        if (pod.getStatus() == null || pod.getStatus().getConditions() == null) {
            return null;
        }
        for (PodCondition c : pod.getStatus().getConditions()) {
            if (type.equals(c.getType()) && status.equals(c.getStatus())) {
                return Times.parse(c.getLastTransitionTime());
            }
        }
        return null;
    }

    /** Waiting carries no timestamp; the pod turning not-ready is when the waiting began, as far as the API says. */
    static Instant notReadySince(Pod pod) {
        return Times.earliest(conditionSince(pod, "Ready", "False"), conditionSince(pod, "ContainersReady", "False"));
    }

    /** {@code container api waiting CrashLoopBackOff: back-off 5m0s restarting failed container}. */
    static String waiting(ContainerStatus cs) {
        var w = cs.getState().getWaiting();
        return "container " + cs.getName() + " waiting " + w.getReason()
                + (w.getMessage() == null || w.getMessage().isBlank() ? "" : ": " + w.getMessage().strip());
    }

    /** {@code last terminated: reason Error, exit code 1, finished 2024-05-01T10:00:00Z: panic: ...}. */
    static String terminated(String prefix, ContainerStateTerminated t) {
        return prefix + ": reason " + Objects.requireNonNullElse(t.getReason(), "unknown") + ", exit code "
                + t.getExitCode() + (t.getSignal() == null || t.getSignal() == 0 ? "" : ", signal " + t.getSignal())
                + (t.getFinishedAt() == null ? "" : ", finished " + t.getFinishedAt())
                + (t.getMessage() == null || t.getMessage().isBlank() ? "" : ": " + t.getMessage().strip());
    }

    /**
     * The finding for a container stuck waiting: its waiting message, image, restarts, last termination and the
     * pod's events with {@code eventReasons}; since = the earliest of those times and the pod turning not-ready.
     */
    static Finding waitingFinding(AnalysisScope scope, Pod pod, ContainerStatus cs, String failureClass,
            FindingSeverity severity, String summary, Set<String> eventReasons, String runbook) {
        List<String> evidence = new ArrayList<>();
        evidence.add(waiting(cs));
        evidence.add("image " + cs.getImage() + ", restarts " + Objects.requireNonNullElse(cs.getRestartCount(), 0));
        ContainerStateTerminated last = lastTerminated(cs);
        if (last != null) {
            evidence.add(terminated("last terminated", last));
        }
        List<Event> events = EventLog.about(scope, KIND, pod, eventReasons);
        evidence.addAll(EventLog.evidence(events));
        Instant since = Times.earliest(notReadySince(pod), last == null ? null : Times.parse(last.getFinishedAt()),
                EventLog.earliest(events));
        return Findings.of(scope, KIND, pod, failureClass, severity, since, summary, evidence, runbook);
    }
}
