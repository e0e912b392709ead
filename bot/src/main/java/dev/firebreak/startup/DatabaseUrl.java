package dev.firebreak.startup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the database URL a user typed into one Firebreak can run on, or says in one line what to change. H2 needs
 * PostgreSQL mode and lower-case identifiers for our migrations and queries; a plain {@code jdbc:h2:file:/x/db}, as
 * anyone would write it, gets them added instead of failing later with "table not found".
 */
public final class DatabaseUrl {
    /** Settings our schema and queries rely on, in the order they are appended. */
    private static final Map<String, String> H2_REQUIRED = Map.of(
            "MODE", "PostgreSQL",
            "DATABASE_TO_LOWER", "TRUE",
            "DEFAULT_NULL_ORDERING", "HIGH");

    private static final String[] H2_REQUIRED_ORDER = {"MODE", "DATABASE_TO_LOWER", "DEFAULT_NULL_ORDERING"};

    private DatabaseUrl() {}

    /** The URL to connect with; throws {@link InvalidSettingException} with a one-line reason when it cannot work. */
    public static String normalize(String url) {
        if (url == null || url.isBlank()) {
            throw new InvalidSettingException("FIREBREAK_DB_URL is empty: unset it for the embedded H2 database, or set "
                    + "jdbc:postgresql://host:5432/db");
        }
        String trimmed = url.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            return trimmed;
        }
        if (lower.startsWith("postgres://") || lower.startsWith("postgresql://")) {
            throw new InvalidSettingException("FIREBREAK_DB_URL '" + withoutCredentials(trimmed) + "' is a libpq URL: "
                    + "write it as jdbc:postgresql://host:5432/db and put the user and password in FIREBREAK_DB_USER "
                    + "and FIREBREAK_DB_PASSWORD");
        }
        if (!lower.startsWith("jdbc:h2:")) {
            throw new InvalidSettingException("FIREBREAK_DB_URL '" + withoutCredentials(trimmed) + "' is not supported: "
                    + "use jdbc:postgresql://host:5432/db (production) or jdbc:h2:file:/path/to/db (embedded)");
        }
        return normalizeH2(trimmed);
    }

    private static String normalizeH2(String url) {
        String[] parts = url.split(";");
        String location = parts[0];
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].isBlank()) {
                continue;
            }
            String[] kv = parts[i].split("=", 2);
            settings.put(kv[0].strip().toUpperCase(Locale.ROOT), kv.length > 1 ? kv[1].strip() : "");
        }
        for (String key : H2_REQUIRED_ORDER) {
            String required = H2_REQUIRED.get(key);
            String given = settings.get(key);
            if (given == null) {
                settings.put(key, required);
            } else if (!given.equalsIgnoreCase(required)) {
                throw new InvalidSettingException("FIREBREAK_DB_URL sets " + key + "=" + given + ", but Firebreak needs "
                        + key + "=" + required + " on H2: remove it from the URL or set it to " + required);
            }
        }
        String path = location.substring("jdbc:h2:".length());
        if (path.startsWith("mem:")) {
            // Keep an in-memory database for the life of the process, not of the first connection.
            settings.putIfAbsent("DB_CLOSE_DELAY", "-1");
        } else if (!path.startsWith("tcp:") && !path.startsWith("ssl:")) {
            settings.putIfAbsent("DB_CLOSE_ON_EXIT", "FALSE");
            checkWritable(path.startsWith("file:") ? path.substring("file:".length()) : path);
        }
        StringBuilder out = new StringBuilder(location);
        settings.forEach((k, v) -> out.append(';').append(k).append('=').append(v));
        return out.toString();
    }

    private static void checkWritable(String file) {
        if (file.isBlank()) {
            throw new InvalidSettingException("FIREBREAK_DB_URL names no database file: write jdbc:h2:file:/path/to/db");
        }
        Path dir = Path.of(file.replace("~", System.getProperty("user.home"))).toAbsolutePath().getParent();
        Path existing = dir;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
            throw new InvalidSettingException("FIREBREAK_DB_URL puts the H2 database in " + dir + ", which cannot be "
                    + "written: create the folder with write access for this user, or choose another path");
        }
    }

    private static String withoutCredentials(String url) {
        return url.replaceAll("//[^/@]*@", "//…@");
    }
}
