package dev.firebreak.pagerduty;

import dev.firebreak.incident.Severity;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code firebreak.pagerduty.severity.*}: how a PagerDuty incident's priority (P1..P5), or its urgency when it has no
 * priority, maps to our severity.
 */
@ConfigurationProperties("firebreak.pagerduty.severity")
record PagerDutySeverities(
        @Nullable Map<String, String> byPriority,
        @Nullable Map<String, String> byUrgency,
        @Bindable(defaultValue = "SEV3") Severity fallback) {

    private static final Map<String, String> DEFAULT_BY_PRIORITY =
            Map.of("p1", "sev1", "p2", "sev2", "p3", "sev3", "p4", "sev4", "p5", "sev4");
    private static final Map<String, String> DEFAULT_BY_URGENCY = Map.of("high", "sev2", "low", "sev3");

    Severity of(@Nullable String priority, @Nullable String urgency) {
        String mapped = null;
        if (priority != null) {
            mapped = orDefault(byPriority, DEFAULT_BY_PRIORITY).get(priority.toLowerCase(Locale.ROOT));
        }
        if (mapped == null && urgency != null) {
            mapped = orDefault(byUrgency, DEFAULT_BY_URGENCY).get(urgency.toLowerCase(Locale.ROOT));
        }
        return mapped == null ? fallback : Severity.parse(mapped).orElse(fallback);
    }

    /** The defaults with the configured entries on top: setting P1 alone must not unmap P2 to P5. */
    private static Map<String, String> orDefault(@Nullable Map<String, String> configured, Map<String, String> fallback) {
        Map<String, String> merged = new HashMap<>(fallback);
        if (configured != null) {
            configured.forEach((k, v) -> merged.put(k.toLowerCase(Locale.ROOT), v));
        }
        return merged;
    }
}
