package dev.firebreak.integrations.redaction;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code redaction-rules.txt}: blocks that start with {@code [rule-id]} followed by {@code key = value} lines
 * ({@code keywords}, {@code boundary}, {@code mask}, {@code regex}, {@code source}); {@code #} starts a comment line.
 * Values are raw text, so a regex needs no quoting. A bad file fails at start with its line number.
 */
final class RuleFile {
    static final String DEFAULT = "redaction-rules.txt";
    private static final Set<String> KEYS = Set.of("keywords", "boundary", "mask", "regex", "source");

    private RuleFile() {}

    static List<Rule> loadDefault() {
        try (InputStream in = RuleFile.class.getResourceAsStream(DEFAULT)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULT + " is missing from the classpath");
            }
            return parse(
                    DEFAULT,
                    new String(in.readAllBytes(), StandardCharsets.UTF_8)
                            .lines()
                            .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Rule> parse(String file, List<String> lines) {
        List<Rule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String id = null;
        int idLine = 0;
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = file + ":" + (i + 1) + ": ";
            if (line.startsWith("[") && line.endsWith("]")) {
                if (id != null) {
                    rules.add(build(file + ":" + idLine + ": ", id, fields));
                }
                id = line.substring(1, line.length() - 1).strip();
                idLine = i + 1;
                if (!ids.add(id)) {
                    throw new IllegalArgumentException(where + "rule [" + id + "] is defined twice");
                }
                fields = new LinkedHashMap<>();
                continue;
            }
            int eq = line.indexOf('=');
            if (id == null || eq < 0) {
                throw new IllegalArgumentException(where + "expected [rule-id] or key = value, got: " + line);
            }
            String key = line.substring(0, eq).strip();
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException(where + "unknown key '" + key + "'; known: " + KEYS);
            }
            fields.put(key, line.substring(eq + 1).strip());
        }
        if (id != null) {
            rules.add(build(file + ":" + idLine + ": ", id, fields));
        }
        return List.copyOf(rules);
    }

    private static Rule build(String where, String id, Map<String, String> f) {
        if (!f.containsKey("regex") || !f.containsKey("keywords")) {
            throw new IllegalArgumentException(where + "rule [" + id + "] needs keywords and regex");
        }
        List<String> keywords = Arrays.stream(f.get("keywords").split(","))
                .map(String::strip)
                .filter(k -> !k.isEmpty())
                .toList();
        for (String k : keywords) {
            if (!k.equals(k.toLowerCase(Locale.ROOT)) || !k.chars().allMatch(c -> c < 128)) {
                throw new IllegalArgumentException(where + "keyword '" + k + "' must be lower-case ASCII");
            }
        }
        Pattern pattern;
        try {
            // Anchored with ^ so that RE2/J stops as soon as no thread is left, instead of reading to the end.
            pattern = Pattern.compile("^(?:" + f.get("regex") + ")");
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(where + "rule [" + id + "]: " + e.getMessage(), e);
        }
        int[] groups = Arrays.stream(f.getOrDefault("mask", "0").split(","))
                .map(String::strip)
                .mapToInt(Integer::parseInt)
                .toArray();
        for (int g : groups) {
            if (g < 0 || g > pattern.groupCount()) {
                throw new IllegalArgumentException(
                        where + "rule [" + id + "] masks group " + g + " but the regex has " + pattern.groupCount());
            }
        }
        Rule.Boundary boundary =
                Rule.Boundary.valueOf(f.getOrDefault("boundary", "none").toUpperCase(Locale.ROOT));
        return new Rule(id, keywords, boundary, pattern, groups);
    }
}
