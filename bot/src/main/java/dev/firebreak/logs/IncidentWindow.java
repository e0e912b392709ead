package dev.firebreak.logs;

import java.time.Instant;
import java.util.Objects;

/**
 * Where the incident window begins: lines at or after the cutoff are "during the incident", earlier ones are the
 * baseline that makes a template new or bursting. The cutoff is a time when lines carry times, else a line number.
 */
public final class IncidentWindow {
    /** No window: ranking falls back to severity and volume. */
    public static final IncidentWindow NONE = new IncidentWindow(null, Long.MAX_VALUE, false);

    private final Instant fromTime;
    private final long fromLine;
    private final boolean present;

    private IncidentWindow(Instant fromTime, long fromLine, boolean present) {
        this.fromTime = fromTime;
        this.fromLine = fromLine;
        this.present = present;
    }

    public static IncidentWindow fromTime(Instant cutoff) {
        return new IncidentWindow(Objects.requireNonNull(cutoff, "cutoff"), Long.MAX_VALUE, true);
    }

    public static IncidentWindow fromLine(long firstIncidentLine) {
        return new IncidentWindow(null, firstIncidentLine, true);
    }

    public boolean isPresent() { return present; }

    /** True when a line belongs to the window; a time cutoff with a line lacking a time counts it as baseline. */
    public boolean contains(long lineNumber, Instant at) {
        if (!present) return false;
        if (fromTime != null) return at != null && !at.isBefore(fromTime);
        return lineNumber >= fromLine;
    }

    @Override
    public String toString() {
        if (!present) return "IncidentWindow[none]";
        return "IncidentWindow[from " + (fromTime != null ? fromTime.toString() : "line " + fromLine) + "]";
    }
}
