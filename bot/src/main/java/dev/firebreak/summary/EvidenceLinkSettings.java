package dev.firebreak.summary;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code firebreak.summary.links.<label>}: URL templates of the team's own tools (log search, dashboards), filled in
 * for each summary. Placeholders: {@code {cluster}}, {@code {namespace}}, {@code {workload}}, and {@code {from}} /
 * {@code {to}} in epoch milliseconds around the failure.
 */
@ConfigurationProperties("firebreak.summary")
public record EvidenceLinkSettings(@Nullable Map<String, String> links) {
    static final Set<String> PLACEHOLDERS = Set.of("cluster", "namespace", "workload", "from", "to");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

    public EvidenceLinkSettings {
        // Sorted, so the links always show in the same order.
        links = links == null ? Map.of() : new TreeMap<>(links);
        // Checked here so a typo stops the start instead of giving responders a broken link mid-incident.
        links.forEach(EvidenceLinkSettings::check);
    }

    private static void check(String label, String template) {
        String setting = "firebreak.summary.links." + label;
        if (!EvidenceLinks.linkable(template)) {
            throw new IllegalArgumentException(setting + " must be an http(s) URL template without spaces, <, > or |, not '"
                    + template + "'");
        }
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                throw new IllegalArgumentException(setting + ": unknown placeholder {" + m.group(1) + "}; known: "
                        + new TreeSet<>(PLACEHOLDERS));
            }
        }
    }
}
