package dev.firebreak.integrations.kubernetes;

import io.fabric8.kubernetes.api.model.ContainerState;
import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Describes container states the way an on-call engineer reads them: why it waits, how it last died. */
final class ContainerStates {
    private ContainerStates() {}

    static List<ContainerStatus> all(Pod pod) {
        List<ContainerStatus> all = new ArrayList<>();
        if (pod.getStatus() != null) {
            all.addAll(nullSafe(pod.getStatus().getInitContainerStatuses()));
            all.addAll(nullSafe(pod.getStatus().getContainerStatuses()));
        }
        return all;
    }

    static List<ContainerStatus> main(Pod pod) {
        return pod.getStatus() == null ? List.of() : nullSafe(pod.getStatus().getContainerStatuses());
    }

    static int restarts(Pod pod) {
        return main(pod).stream().mapToInt(cs -> Text.nz(cs.getRestartCount())).sum();
    }

    static long ready(Pod pod) {
        return main(pod).stream().filter(cs -> Boolean.TRUE.equals(cs.getReady())).count();
    }

    /** e.g. "waiting CrashLoopBackOff (back-off 5m0s ...)" or "terminated OOMKilled exit=137 2m ago". */
    static String current(ContainerStatus cs, Instant now) {
        ContainerState s = cs.getState();
        if (s == null) {
            return "state unknown";
        }
        if (s.getWaiting() != null) {
            String message = s.getWaiting().getMessage();
            return "waiting " + Text.or(s.getWaiting().getReason(), "") + (message == null ? "" : " (" + message + ")");
        }
        if (s.getTerminated() != null) {
            return "terminated " + terminated(s.getTerminated(), now);
        }
        if (s.getRunning() != null) {
            return "running for " + Text.age(s.getRunning().getStartedAt(), now);
        }
        return "state unknown";
    }

    /** The previous run's end, which explains a restart loop; null when the container never terminated. */
    static String last(ContainerStatus cs, Instant now) {
        ContainerState last = cs.getLastState();
        if (last == null || last.getTerminated() == null) {
            return null;
        }
        return "last terminated " + terminated(last.getTerminated(), now);
    }

    static boolean oomKilled(ContainerStatus cs) {
        return isOom(cs.getState()) || isOom(cs.getLastState());
    }

    private static boolean isOom(ContainerState s) {
        return s != null && s.getTerminated() != null && "OOMKilled".equals(s.getTerminated().getReason());
    }

    private static String terminated(ContainerStateTerminated t, Instant now) {
        StringBuilder b = new StringBuilder(Text.or(t.getReason(), "?"));
        b.append(" exit=").append(t.getExitCode());
        if (t.getSignal() != null && t.getSignal() != 0) {
            b.append(" signal=").append(t.getSignal());
        }
        if (t.getFinishedAt() != null) {
            b.append(" finishedAt=").append(t.getFinishedAt()).append(" (").append(Text.ago(t.getFinishedAt(), now))
                    .append(')');
        }
        if (t.getMessage() != null && !t.getMessage().isBlank()) {
            b.append(": ").append(t.getMessage().strip());
        }
        return b.toString();
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
