package dev.firebreak.diagnostics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Bound parameter values as stored with a run: one {@code key=value} a line (values were validated, no newlines). */
final class StoredParameters {
    private StoredParameters() {}

    static String write(Map<String, String> values) {
        return values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"));
    }

    static Map<String, String> read(String stored) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : stored.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                values.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return values;
    }

    static String describe(Map<String, String> values) {
        return values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }
}
