package dev.firebreak.runbook;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Step argument values are either a literal or exactly one {@code ${param}} reference. No interpolation inside a
 * literal: building selectors or names by concatenating user input is how injection starts.
 */
final class ArgReference {
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]*)}");

    private ArgReference() { }

    /** The referenced parameter name when the whole value is {@code ${name}}. */
    static Optional<String> parameterOf(String raw) {
        Matcher m = REFERENCE.matcher(raw);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** True for a value that mixes text with a reference, or has a stray {@code ${}. */
    static boolean isMalformed(String raw) {
        return parameterOf(raw).isEmpty() && raw.contains("${");
    }
}
