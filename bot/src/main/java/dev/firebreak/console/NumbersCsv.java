package dev.firebreak.console;

import java.util.List;

/**
 * The numbers as one long CSV: {@code table,week,group,measure,value}. Long rather than wide, so a new severity or
 * source adds rows, not columns, and a spreadsheet pivot reads it directly. Source names are quoted: they come
 * from configuration and alerts.
 */
final class NumbersCsv {
    private NumbersCsv() {}

    static String render(Numbers n) {
        StringBuilder csv = new StringBuilder("table,week,group,measure,value\n");
        for (Numbers.Response r : n.responses()) {
            row(csv, "response", r.week().toString(), r.severity(), "incidents", r.incidents());
            row(csv, "response", r.week().toString(), r.severity(), "ack_median_minutes", r.ackMedian());
            row(csv, "response", r.week().toString(), r.severity(), "ack_p90_minutes", r.ackP90());
            row(csv, "response", r.week().toString(), r.severity(), "resolve_median_minutes", r.resolveMedian());
            row(csv, "response", r.week().toString(), r.severity(), "resolve_p90_minutes", r.resolveP90());
        }
        counts(csv, "incidents_by_severity", n, n.bySeverity());
        counts(csv, "incidents_by_source", n, n.bySource());
        for (Numbers.Actions a : n.actions()) {
            row(csv, "actions", a.week().toString(), "all", "open", a.open());
            row(csv, "actions", a.week().toString(), "all", "overdue", a.overdue());
            row(csv, "actions", a.week().toString(), "all", "done", a.done());
        }
        return csv.toString();
    }

    private static void counts(StringBuilder csv, String table, Numbers n, java.util.Map<String, List<Integer>> byGroup) {
        byGroup.forEach((group, counts) -> {
            for (int i = 0; i < counts.size(); i++) {
                row(csv, table, n.weeks().get(i).toString(), group, "incidents", counts.get(i));
            }
        });
    }

    private static void row(StringBuilder csv, String table, String week, String group, String measure, Object value) {
        csv.append(table).append(',').append(week).append(',').append(quote(group)).append(',').append(measure)
                .append(',').append(value == null ? "" : value).append('\n');
    }

    /** RFC 4180 quoting, and a leading {@code '} for text a spreadsheet would run as a formula. */
    static String quote(String text) {
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
