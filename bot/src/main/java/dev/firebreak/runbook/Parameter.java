package dev.firebreak.runbook;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One declared runbook parameter. Optional settings are null when absent: {@code defaultValue}, {@code min}/{@code
 * max} (integer), {@code pattern} (string, where it is mandatory), {@code fromLabel} (alert label giving the default).
 * An empty {@code allowed} list means no allowlist beyond the type's own syntax.
 */
public record Parameter(String name, ParameterType type, boolean required, String defaultValue, List<String> allowed,
        Long min, Long max, Pattern pattern, String fromLabel, String description) {

    public Parameter {
        allowed = List.copyOf(allowed);
    }

    public Optional<String> defaultValueIfAny() {
        return Optional.ofNullable(defaultValue);
    }

    public Optional<String> fromLabelIfAny() {
        return Optional.ofNullable(fromLabel);
    }
}
