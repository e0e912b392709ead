package dev.firebreak.integrations.kubernetes.analysis;

import io.fabric8.kubernetes.api.model.MicroTime;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;

/** API timestamps to {@link Instant}s, and "the earliest evidence" over several nullable ones. */
final class Times {
    private Times() {}

    /** Parses an RFC 3339 time from the API; null when absent or unparsable (a bad time must not fail an analyzer). */
    static Instant parse(String rfc3339) {
        if (rfc3339 == null || rfc3339.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(rfc3339);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static Instant parse(MicroTime time) {
        return time == null ? null : parse(time.getTime());
    }

    static Instant earliest(Instant... times) {
        return earliest(Arrays.asList(times));
    }

    static Instant earliest(Collection<Instant> times) {
        return times.stream().filter(Objects::nonNull).min(Instant::compareTo).orElse(null);
    }
}
