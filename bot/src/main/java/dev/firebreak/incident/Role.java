package dev.firebreak.incident;

import java.util.Locale;
import java.util.Optional;

/** Incident roles; each is held by at most one person at a time. */
public enum Role {
    COMMANDER,
    COMMS,
    SCRIBE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> parse(String text) {
        for (Role r : values()) {
            if (r.label().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
