package dev.firebreak.integrations.kubernetes;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines an action produced, plus what it already left out itself (logs and events keep their newest lines, so they
 * cut from the top before the facade's cap cuts from the bottom).
 */
final class Output {
    private final List<String> lines = new ArrayList<>();
    private int omittedLines;
    private long omittedBytes;

    void line(String line) {
        lines.add(line);
    }

    void lines(List<String> more) {
        lines.addAll(more);
    }

    void omitted(int lineCount, long byteCount) {
        omittedLines += lineCount;
        omittedBytes += byteCount;
    }

    List<String> lines() {
        return lines;
    }

    int omittedLines() {
        return omittedLines;
    }

    long omittedBytes() {
        return omittedBytes;
    }
}
