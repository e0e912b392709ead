package dev.firebreak.integrations.kubernetes;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the short durations runbooks use ({@code 90s}, {@code 15m}, {@code 2h}, {@code 1h30m}, {@code 1d}, ISO). */
final class Durations {
    private static final Pattern SHORT = Pattern.compile("(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

    private Durations() {}

    /** Returns null when the text is not a positive duration. */
    static Duration parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.startsWith("p")) {
            try {
                Duration d = Duration.parse(t.toUpperCase(Locale.ROOT));
                return d.isNegative() || d.isZero() ? null : d;
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        Matcher m = SHORT.matcher(t);
        if (t.isEmpty() || !m.matches()) {
            return null;
        }
        Duration d = Duration.ofDays(num(m.group(1))).plusHours(num(m.group(2)))
                .plusMinutes(num(m.group(3))).plusSeconds(num(m.group(4)));
        return d.isZero() ? null : d;
    }

    private static long num(String group) {
        return group == null ? 0 : Long.parseLong(group);
    }

    /** {@code 2h}, {@code 1h30m}, {@code 45s}: the same short form runbooks use. */
    static String format(Duration d) {
        return d.toString().substring(2).toLowerCase(Locale.ROOT).replaceAll("(\\d)([hms])(?=\\d)", "$1$2");
    }
}
