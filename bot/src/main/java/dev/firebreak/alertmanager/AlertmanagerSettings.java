package dev.firebreak.alertmanager;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import dev.firebreak.incident.Severity;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code firebreak.alertmanager.*}: the webhook token (ALERTMANAGER_WEBHOOK_TOKEN), which label sets the severity
 * and how its values map, whether a group whose alerts all resolved resolves its incident, and who is invited:
 * {@code responders} (ALERTMANAGER_RESPONDERS) to every incident, {@code team-responders.<team>} to the incidents of
 * alerts whose {@code team-label} has that value. Responders are Slack user ids (U…, W…) or user group ids (S…).
 */
@ConfigurationProperties("firebreak.alertmanager")
public record AlertmanagerSettings(
        @Nullable String webhookToken,
        @Bindable(defaultValue = "severity") String severityLabel,
        @Nullable Map<String, String> severityMap,
        @Bindable(defaultValue = "SEV3") Severity defaultSeverity,
        @Bindable(defaultValue = "false") boolean autoResolve,
        @Nullable List<String> responders,
        @Bindable(defaultValue = "team") String teamLabel,
        @Nullable Map<String, String> teamResponders) {

    private static final Map<String, String> DEFAULT_SEVERITY_MAP =
            Map.of("critical", "sev1", "error", "sev2", "warning", "sev3", "info", "sev4");

    private static final Pattern SLACK_ID = Pattern.compile("[UWS][A-Z0-9]{2,}");

    public AlertmanagerSettings {
        responders = responders == null ? List.of() : ids(responders, "firebreak.alertmanager.responders");
        teamResponders = teamResponders == null ? Map.of() : Map.copyOf(teamResponders);
        // Checked here so a typo stops the start instead of leaving a 3 a.m. channel empty.
        teamResponders.forEach((team, list) -> ids(List.of(list.split(",")), "firebreak.alertmanager.team-responders." + team));
    }

    public boolean enabled() {
        return webhookToken != null && !webhookToken.isBlank();
    }

    public Severity severityOf(@Nullable String labelValue) {
        if (labelValue == null) {
            return defaultSeverity;
        }
        // The defaults with the configured values on top: mapping one value must not unmap the others.
        Map<String, String> map = new HashMap<>(DEFAULT_SEVERITY_MAP);
        if (severityMap != null) {
            severityMap.forEach((value, severity) -> map.put(value.toLowerCase(Locale.ROOT), severity));
        }
        String mapped = map.get(labelValue.toLowerCase(Locale.ROOT));
        return Severity.parse(mapped != null ? mapped : labelValue).orElse(defaultSeverity);
    }

    /** Everyone to invite for a group with these common labels: the default responders, then its team's. */
    public List<String> respondersFor(Map<String, String> commonLabels) {
        Set<String> all = new LinkedHashSet<>(responders);
        String team = commonLabels.get(teamLabel);
        String ofTeam = team == null ? null : teamResponders.get(team);
        if (ofTeam != null) {
            all.addAll(ids(List.of(ofTeam.split(",")), "firebreak.alertmanager.team-responders." + team));
        }
        return List.copyOf(all);
    }

    private static List<String> ids(List<String> raw, String setting) {
        List<String> ids = raw.stream().map(String::trim).filter(id -> !id.isEmpty()).toList();
        ids.stream().filter(id -> !SLACK_ID.matcher(id).matches()).findFirst().ifPresent(bad -> {
            throw new IllegalArgumentException(setting + ": '" + bad
                    + "' is not a Slack user id (U…, W…) or user group id (S…); find ids in Slack under a profile's ⋮ menu, Copy member ID");
        });
        return ids;
    }

    @Override
    public String toString() {
        return "AlertmanagerSettings[webhookToken=" + (enabled() ? "***" : "unset") + ", severityLabel=" + severityLabel
                + ", severityMap=" + severityMap + ", defaultSeverity=" + defaultSeverity + ", autoResolve=" + autoResolve + ", responders=" + responders
                + ", teamLabel=" + teamLabel + ", teamResponders=" + teamResponders + "]";
    }
}
