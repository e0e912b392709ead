package dev.firebreak.integrations.redaction;

import com.google.re2j.Pattern;
import java.util.List;

/**
 * Secrets written on the lines after their key, as YAML does ({@code password:} alone, or {@code token: |}, with the
 * value indented below). The rules match within a line, so these are found here, in one pass over the lines: a key
 * line that names a secret and holds no value masks the lines indented deeper than it.
 */
final class NextLineValues {
    /** Longer lines are no YAML key line; skipping them keeps the check cheap on huge lines. */
    private static final int MAX_KEY_LINE = 200;

    private static final Pattern KEY_WITHOUT_VALUE = Pattern.compile("(?i)^\\s*(?:-\\s+)?[\"']?[a-z0-9_.-]*"
            + "(?:password|passwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credentials?)[\"']?"
            + "\\s*:\\s*(?:[|>][-+0-9]*)?\\s*$");

    private NextLineValues() {}

    /** Masks, in place, every value line that follows a secret's key line. */
    static void mask(List<String> lines, String mask) {
        int keyIndent = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (keyIndent >= 0) {
                if (line.isBlank()) {
                    continue;
                }
                if (indent(line) > keyIndent) {
                    lines.set(i, " ".repeat(indent(line)) + mask);
                    continue;
                }
                keyIndent = -1;
            }
            if (line.length() <= MAX_KEY_LINE && KEY_WITHOUT_VALUE.matcher(line).matches()) {
                keyIndent = indent(line);
            }
        }
    }

    /** Whether the text has a key line this class would act on (a cheap check before splitting a text into lines). */
    static boolean mayApply(String text) {
        return text.indexOf('\n') >= 0 && text.indexOf(':') >= 0;
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) {
            n++;
        }
        return n;
    }
}
