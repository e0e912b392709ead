package dev.firebreak.integrations.kubernetes.analysis;

import dev.firebreak.integrations.kubernetes.PodLogLines;
import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.ContainerResource;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Why a container keeps dying, from what the container itself says: its termination message, the last error line of
 * its previous run's log, and what its exit code means (137 killed, 126 not executable, 127 not found). This, not a
 * rollout, is a crash loop's cause: a rollout only says when the failing version arrived.
 */
final class ContainerCause {
    static final int LOG_TAIL = 100;
    static final int MAX_LINE = 300;
    /** Words that mark a line as the container saying what went wrong. */
    private static final Pattern ERROR_LINE = Pattern.compile("(?i)\\b(error|err|fatal|panic|exception|failed|failure"
            + "|not found|no such|denied|refused|missing|required|invalid|cannot|can't|unable|traceback|killed)\\b");
    /** Stack frames and blank lines say where, not what. */
    private static final Pattern NOISE = Pattern.compile("^\\s*(at \\S|\\.\\.\\. \\d+ more|File \"|$)");

    private static final Pattern TIMESTAMP = Pattern.compile("^\\[?\\d{4}-\\d{2}-\\d{2}[T ][\\d:.,]+(Z|[+-]\\d{2}:?\\d{2})?]?\\s+");

    private ContainerCause() {}

    /**
     * The cause of the container's last termination; {@code readLog} says whether this analysis may still spend a
     * request on its previous run's log.
     */
    static String of(AnalysisScope scope, Pod pod, String container, ContainerStateTerminated last, boolean readLog) {
        String subject = "container " + container;
        int code = last.getExitCode() == null ? -1 : last.getExitCode();
        if (OomKilledAnalyzer.REASON.equals(last.getReason())) {
            return subject + " is killed for using more memory than its limit "
                    + OomKilledAnalyzer.memoryLimit(pod, container) + " (OOMKilled, exit code " + code + ")";
        }
        String message = lastLine(last.getMessage());
        Optional<String> logged = message != null || !readLog ? Optional.empty()
                : lastErrorLine(scope, pod, container);
        String said = message != null ? ": its termination message says \"" + message + "\""
                : logged.map(l -> "; its last error line: \"" + l + "\"").orElse("");
        return subject + " " + meaning(code, last.getReason()) + said;
    }

    /** What the exit code tells on its own. */
    static String meaning(int code, String reason) {
        return switch (code) {
            case 126 -> "cannot run its command: found but not executable (exit code 126)";
            case 127 -> "cannot run its command: command not found (exit code 127)";
            case 137 -> "is killed with SIGKILL (exit code 137): out of memory on the node, or stopped after failing"
                    + " its liveness probe";
            case 139 -> "crashes with a segmentation fault (exit code 139)";
            case 143 -> "is stopped with SIGTERM (exit code 143)";
            case 0 -> "exits with code 0 and is restarted: its command ends although it should keep running";
            default -> "exits with code " + code + (reason == null || "Error".equals(reason) ? "" : " (" + reason + ")");
        };
    }

    /** The newest line of the previous run that reads like an error; the newest line when none does. */
    static Optional<String> lastErrorLine(AnalysisScope scope, Pod pod, String container) {
        String key = "previous-log:" + pod.getMetadata().getNamespace() + "/" + pod.getMetadata().getName() + "/"
                + container;
        String log = scope.memo(key, () -> previousLog(scope, pod, container));
        if (log == null || log.isBlank()) {
            return Optional.empty();
        }
        List<String> lines = log.lines().filter(l -> !NOISE.matcher(l).find()).toList();
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (ERROR_LINE.matcher(lines.get(i)).find()) {
                return Optional.of(cut(lines.get(i)));
            }
        }
        return lines.isEmpty() ? Optional.empty() : Optional.of(cut(lines.get(lines.size() - 1)));
    }

    private static String previousLog(AnalysisScope scope, Pod pod, String container) {
        try {
            // No ready wait: fabric8 would otherwise wait for a crash-looping pod to become ready.
            // fabric8 returns the same kind of resource from limitBytes; its interfaces just do not say so.
            ContainerResource limited = (ContainerResource) scope.client().pods()
                    .inNamespace(pod.getMetadata().getNamespace()).withName(pod.getMetadata().getName())
                    .inContainer(container).limitBytes(PodLogLines.MAX_BYTES);
            return limited.withReadyWaitTimeout(0).terminated().tailingLines(LOG_TAIL).getLog();
        } catch (KubernetesClientException e) {
            // No previous run kept, or no right to read logs: the exit code still speaks.
            return "";
        }
    }

    private static String lastLine(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return cut(text.strip().lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse(text.strip()));
    }

    /** Without a leading timestamp: the time is in the evidence; the words are what the headline needs. */
    private static String cut(String line) {
        String s = TIMESTAMP.matcher(line.strip()).replaceFirst("");
        return s.length() <= MAX_LINE ? s : s.substring(0, MAX_LINE - 1) + "…";
    }
}
