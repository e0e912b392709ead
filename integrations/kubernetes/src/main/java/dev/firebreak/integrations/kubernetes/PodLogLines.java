package dev.firebreak.integrations.kubernetes;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads the {@code logs} action's output apart: the pods' own log lines on one side, what the action says about
 * them on the other (section headers, "pod ... not found", "logs unavailable: ...", the truncation note). Whoever
 * mines or quotes a workload's logs must never take our words for the workload's.
 */
public final class PodLogLines {
    /**
     * What one log read may return, sent as {@code limitBytes} on every read (a step's, an analyzer's), so 5,000 lines
     * of 100 KB each stop at the API server instead of filling the heap.
     */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    /** The notices {@link PodLogSection} writes right after a pod's header instead of its log. */
    private static final Pattern NOTICE = Pattern.compile("^(pod \\S+ not found in namespace \\S+"
            + "|pod \\S+ has no container .*|logs unavailable: .*)$");
    private static final String NO_LINES = "(no log lines)";
    private static final String TRUNCATED = "[truncated: ";

    private PodLogLines() {}

    /** Sends each log line to {@code log} and each notice of ours to {@code notice}; headers go nowhere. */
    public static void split(List<String> output, Consumer<String> log, Consumer<String> notice) {
        boolean afterHeader = false;
        for (String line : output) {
            if (line.startsWith("== pod ") && line.endsWith(" ==")) {
                afterHeader = true;
                continue;
            }
            if (afterHeader && NOTICE.matcher(line).matches()) {
                notice.accept(line);
            } else if (!(afterHeader && NO_LINES.equals(line)) && !line.startsWith(TRUNCATED)) {
                log.accept(line);
            }
            afterHeader = false;
        }
    }

    /** True for the API server's answer when a container has no previous run to show: normal, not a problem. */
    public static boolean noPreviousRun(String notice) {
        return notice.startsWith("logs unavailable: ") && notice.contains("previous terminated container");
    }
}
