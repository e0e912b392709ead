package dev.firebreak.integrations.kubernetes;

import java.time.Duration;
import java.util.List;

/**
 * What an action found, as redacted plain text lines. {@code truncated} is true when lines were left out to stay
 * within the configured caps; the last line then says how much.
 */
public record ActionOutput(String action, List<String> lines, boolean truncated, Duration took) {

    public ActionOutput {
        lines = List.copyOf(lines);
    }

    public String text() {
        return String.join("\n", lines);
    }
}
