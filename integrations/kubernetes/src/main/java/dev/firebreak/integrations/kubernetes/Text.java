package dev.firebreak.integrations.kubernetes;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.stream.Collectors;

/** Small formatting helpers shared by the actions, so every action prints ages and times the same way. */
final class Text {
    private Text() {}

    /** Parses an RFC 3339 time from the API; null when absent or unparsable. */
    static Instant time(String rfc3339) {
        if (rfc3339 == null || rfc3339.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(rfc3339);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** kubectl-style age: 45s, 12m, 3h4m, 2d5h. */
    static String age(Instant from, Instant now) {
        if (from == null) {
            return "-";
        }
        Duration d = Duration.between(from, now);
        if (d.isNegative()) {
            return "0s";
        }
        long s = d.getSeconds();
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return (s / 60) + "m";
        }
        if (s < 86400) {
            long m = (s % 3600) / 60;
            return (s / 3600) + "h" + (m == 0 ? "" : m + "m");
        }
        long h = (s % 86400) / 3600;
        return (s / 86400) + "d" + (h == 0 ? "" : h + "h");
    }

    static String age(String rfc3339, Instant now) {
        return age(time(rfc3339), now);
    }

    static String ago(String rfc3339, Instant now) {
        Instant t = time(rfc3339);
        return t == null ? "at unknown time" : age(t, now) + " ago";
    }

    static String or(Object value, String fallback) {
        return value == null || value.toString().isBlank() ? fallback : value.toString();
    }

    /** {@code app=api,tier=web}, sorted for stable output. */
    static String labels(Map<String, String> labels) {
        if (labels == null || labels.isEmpty()) {
            return "-";
        }
        return labels.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
    }

    static int nz(Integer value) {
        return value == null ? 0 : value;
    }
}
