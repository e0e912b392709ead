package dev.firebreak.integrations.jira;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** Jira's rules for labels, checked before sending so the caller's mistake is not a 400 from Jira. */
final class Labels {
    /** Jira's limit for one label. */
    static final int MAX_LENGTH = 255;

    private Labels() {}

    static List<String> check(@Nullable List<String> labels) {
        if (labels == null) {
            return List.of();
        }
        labels.forEach(Labels::check);
        return List.copyOf(labels);
    }

    static String check(@Nullable String label) {
        if (label == null || label.isEmpty() || label.length() > MAX_LENGTH || label.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a Jira label is 1-" + MAX_LENGTH + " characters without spaces: '"
                    + label + "'");
        }
        return label;
    }
}
