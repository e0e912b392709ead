package dev.firebreak.startup;

import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks the settings users type as environment variables before anything starts, so a typo stops the start with one
 * line instead of a stack trace, or a crash after "Firebreak is up".
 */
public final class SettingsCheck {
    private static final List<String> URL_SETTINGS =
            List.of("SLACK_API_URL", "PAGERDUTY_API_URL", "JIRA_URL", "OPENAI_BASE_URL", "OLLAMA_BASE_URL");
    private static final List<String> DURATION_SUFFIXES = List.of("_INTERVAL", "_TIMEOUT", "_WINDOW", "_GRACE", "_AGE");
    private static final Pattern SHORT_DURATION = Pattern.compile("\\d+(ns|ms|s|m|h|d)");
    private static final Pattern LIST_ITEM = Pattern.compile("[^\\s,]+");

    private SettingsCheck() {}

    /** Throws {@link InvalidSettingException} naming the first setting that cannot work. */
    public static void check(Map<String, String> env) {
        String db = env.get("FIREBREAK_DB_URL");
        if (db != null) {
            DatabaseUrl.normalize(db);
        }
        for (String name : URL_SETTINGS) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                checkUrl(name, value.strip());
            }
        }
        String clusters = env.get("FIREBREAK_CLUSTERS");
        if (clusters != null && !clusters.isBlank()) {
            checkList("FIREBREAK_CLUSTERS", clusters);
        }
        env.forEach((name, value) -> {
            if (name.startsWith("FIREBREAK_") && DURATION_SUFFIXES.stream().anyMatch(name::endsWith)) {
                checkDuration(name, value);
            }
        });
    }

    private static void checkUrl(String name, String value) {
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(name + " '" + value + "' is not a URL: write it like https://host/path");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new InvalidSettingException(name + " '" + value + "' is not an http(s) URL with a host: write it like "
                    + "https://host/path");
        }
    }

    private static void checkList(String name, String value) {
        for (String item : value.split(",")) {
            if (!LIST_ITEM.matcher(item.strip()).matches()) {
                throw new InvalidSettingException(name + " has an empty or spaced entry '" + item.strip()
                        + "': separate the entries with commas, e.g. a,b,c");
            }
        }
    }

    private static void checkDuration(String name, String value) {
        String v = value.strip();
        if (SHORT_DURATION.matcher(v).matches()) {
            return;
        }
        try {
            Duration.parse(v);
        } catch (DateTimeParseException e) {
            throw new InvalidSettingException(name + " '" + value + "' is not a duration: write it like 30s, 15m, 1h or "
                    + "PT15M");
        }
    }
}
