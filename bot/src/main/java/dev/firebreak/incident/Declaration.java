package dev.firebreak.incident;

import io.micronaut.core.annotation.Nullable;

/** What someone (or an alert) asks for when declaring an incident. */
public record Declaration(
        String title,
        Severity severity,
        @Nullable String description,
        @Nullable String service,
        String declaredBy,
        @Nullable String declaredIn,
        TimelineSource source,
        @Nullable String externalKey) {

    public static final int MAX_TITLE_LENGTH = 200;

    public Declaration {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("An incident needs a title.");
        }
        title = title.strip();
        if (title.length() > MAX_TITLE_LENGTH) {
            throw new IllegalArgumentException("The title is longer than " + MAX_TITLE_LENGTH + " characters.");
        }
    }
}
