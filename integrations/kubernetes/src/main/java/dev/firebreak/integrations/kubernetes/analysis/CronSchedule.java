package dev.firebreak.integrations.kubernetes.analysis;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a CronJob schedule the way the CronJob controller parses it (robfig/cron's standard parser): five fields
 * (minute hour day-of-month month day-of-week) of {@code *}, {@code ?}, values, ranges, lists and steps, month and
 * weekday names, or a descriptor such as {@code @daily}; an optional {@code CRON_TZ=}/{@code TZ=} prefix.
 */
final class CronSchedule {
    private static final List<String> DESCRIPTORS =
            List.of("@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly");
    private static final Pattern EVERY = Pattern.compile("@every (?:\\d+(?:\\.\\d+)?(?:ns|us|µs|ms|s|m|h))+");
    private static final Pattern TERM = Pattern.compile("(\\*|\\?|[a-z0-9]+)(?:-([a-z0-9]+))?(?:/(\\d+))?");
    private static final List<String> MONTHS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    private static final List<String> DAYS = List.of("sun", "mon", "tue", "wed", "thu", "fri", "sat");
    // {min, max} per field, and the names a field accepts (offset so that "jan" is 1, "sun" is 0).
    private static final int[][] BOUNDS = {{0, 59}, {0, 23}, {1, 31}, {1, 12}, {0, 6}};

    private CronSchedule() {}

    /** Null when valid; otherwise what is wrong, for the finding. */
    static String problem(String schedule) {
        if (schedule == null || schedule.isBlank()) {
            return "the schedule is empty";
        }
        String s = schedule.strip().toLowerCase(Locale.ROOT).replaceFirst("^(cron_tz|tz)=\\S+\\s+", "");
        if (s.startsWith("@")) {
            return DESCRIPTORS.contains(s) || EVERY.matcher(s).matches() ? null : "unknown descriptor " + s;
        }
        String[] fields = s.split("\\s+");
        if (fields.length != 5) {
            return "expected 5 fields (minute hour day-of-month month day-of-week), found " + fields.length;
        }
        String[] names = {"minute", "hour", "day-of-month", "month", "day-of-week"};
        for (int i = 0; i < 5; i++) {
            for (String term : fields[i].split(",", -1)) {
                if (!valid(term, i)) {
                    return names[i] + " field '" + fields[i] + "' is invalid (allowed " + BOUNDS[i][0] + "-"
                            + BOUNDS[i][1] + ")";
                }
            }
        }
        return null;
    }

    private static boolean valid(String term, int field) {
        Matcher m = TERM.matcher(term);
        if (!m.matches()) {
            return false;
        }
        if (m.group(3) != null && Integer.parseInt(m.group(3)) == 0) {
            return false;
        }
        boolean wildcard = m.group(1).equals("*") || m.group(1).equals("?");
        if (wildcard) {
            return m.group(2) == null && (!m.group(1).equals("?") || field == 2 || field == 4);
        }
        int from = value(m.group(1), field);
        int to = m.group(2) == null ? from : value(m.group(2), field);
        return from >= 0 && to >= 0 && from <= to;
    }

    /** The field's number for a value or name; -1 when out of range or unknown. */
    private static int value(String text, int field) {
        int v;
        if (text.chars().allMatch(Character::isDigit)) {
            v = text.length() > 2 ? -1 : Integer.parseInt(text);
        } else if (field == 3) {
            v = MONTHS.indexOf(text) < 0 ? -1 : MONTHS.indexOf(text) + 1;
        } else if (field == 4) {
            v = DAYS.indexOf(text);
        } else {
            v = -1;
        }
        return v >= BOUNDS[field][0] && v <= BOUNDS[field][1] ? v : -1;
    }
}
