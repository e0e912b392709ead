package dev.firebreak.incident;

import java.util.Locale;
import java.util.Optional;

/** Investigating → identified → monitoring → resolved. */
public enum IncidentStatus {
    INVESTIGATING,
    IDENTIFIED,
    MONITORING,
    RESOLVED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isOpen() {
        return this != RESOLVED;
    }

    /** The next step of the usual progression, or empty once resolved. */
    public Optional<IncidentStatus> next() {
        return this == RESOLVED ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    public static Optional<IncidentStatus> parse(String text) {
        for (IncidentStatus s : values()) {
            if (s.label().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
