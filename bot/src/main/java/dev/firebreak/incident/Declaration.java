package dev.firebreak.incident;

import io.micronaut.core.annotation.Nullable;

/**
 * What someone (or an alert) asks for when declaring an incident. A {@code privateChannel} incident is worked in a
 * private channel, is not announced, and only its responders see it (see {@link IncidentAccess}).
 */
public record Declaration(
        String title,
        Severity severity,
        @Nullable String description,
        @Nullable String service,
        String declaredBy,
        @Nullable String declaredIn,
        TimelineSource source,
        @Nullable String externalKey,
        @Nullable String externalUrl,
        boolean privateChannel) {

    public static final int MAX_TITLE_LENGTH = 200;
    private static final String DECLARE = "Declare an incident";
    // The stored column's size; an alert's long description is cut, never a reason to drop the alert.
    public static final int MAX_DESCRIPTION_LENGTH = 4000;

    /** A person declared it (rather than an alert), so they take the commander role and join the channel. */
    public boolean byPerson() {
        return source == TimelineSource.SLASH_COMMAND || source == TimelineSource.MODAL;
    }

    public Declaration {
        if (title == null || title.isBlank()) {
            throw Refusal.invalid(DECLARE, "An incident needs a title.", null).exception();
        }
        title = title.strip();
        if (title.length() > MAX_TITLE_LENGTH) {
            if (source == TimelineSource.SLASH_COMMAND || source == TimelineSource.MODAL) {
                throw Refusal.invalid(DECLARE, "The title is longer than " + MAX_TITLE_LENGTH + " characters.", "Shorten it.")
                        .exception();
            }
            // An alert's title is what it is; shorten it rather than drop the alert.
            title = title.substring(0, MAX_TITLE_LENGTH - 1) + "…";
        }
        if (description != null && description.length() > MAX_DESCRIPTION_LENGTH) {
            description = description.substring(0, MAX_DESCRIPTION_LENGTH - 1) + "…";
        }
    }
}
