package dev.firebreak.summary;

import dev.firebreak.incident.Incident;
import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;

/** The links posted with a summary: the alert or page the incident came from, then the configured tools. */
@Singleton
public class EvidenceLinks {
    // Dashboards should show the healthy minutes before the failure too, for contrast.
    private static final Duration LEAD = Duration.ofMinutes(15);
    private final EvidenceLinkSettings settings;
    private final Clock clock;

    public EvidenceLinks(EvidenceLinkSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public List<EvidenceLink> of(Incident incident, Evidence evidence) {
        List<EvidenceLink> links = new ArrayList<>();
        if (incident.externalUrl() != null && linkable(incident.externalUrl())) {
            links.add(EvidenceLink.outside(incident.source(), incident.externalUrl()));
        }
        Map<String, String> values = values(incident, evidence);
        settings.links().forEach((label, template) -> links.add(new EvidenceLink(label, fill(template, values))));
        return links;
    }

    private Map<String, String> values(Incident incident, Evidence evidence) {
        Instant firstFailure = evidence.failures().stream().map(Evidence.Failure::since).filter(Objects::nonNull)
                .min(Instant::compareTo).orElse(incident.createdAt());
        Instant from = (firstFailure.isBefore(incident.createdAt()) ? firstFailure : incident.createdAt()).minus(LEAD);
        Evidence.Location where = evidence.location();
        return Map.of("cluster", orEmpty(where.cluster()), "namespace", orEmpty(where.namespace()),
                "workload", orEmpty(where.workload()), "from", String.valueOf(from.toEpochMilli()),
                "to", String.valueOf(clock.millis()));
    }

    private static String fill(String template, Map<String, String> values) {
        Matcher m = EvidenceLinkSettings.PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            // Encoded, so a value can neither break the URL nor the chat's link syntax.
            String value = URLEncoder.encode(values.get(m.group(1)), StandardCharsets.UTF_8).replace("+", "%20");
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    /** An http(s) URL that chat link syntax ({@code <url|label>}) cannot misread. */
    static boolean linkable(String url) {
        return (url.startsWith("https://") || url.startsWith("http://")) && url.chars().noneMatch(c -> c <= ' ' || c == '<' || c == '>' || c == '|');
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
