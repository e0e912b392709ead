package dev.firebreak.integrations.jira;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;

/**
 * Jira's date formats. Timestamps come as {@code 2019-02-15T19:10:01.805-0800}: an offset without the colon that
 * ISO-8601 parsers in {@code java.time} insist on, so a lenient formatter accepts both forms.
 */
final class JiraTime {
    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter();

    private JiraTime() {}

    /** A timestamp, or null when absent or unreadable: one odd field must not lose the rest of an issue. */
    static @Nullable OffsetDateTime timestamp(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim(), TIMESTAMP);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    static @Nullable LocalDate date(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
