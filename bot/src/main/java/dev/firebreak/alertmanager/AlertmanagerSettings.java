package dev.firebreak.alertmanager;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import dev.firebreak.incident.Severity;
import java.util.Locale;
import java.util.Map;

/**
 * {@code firebreak.alertmanager.*}: the webhook token (ALERTMANAGER_WEBHOOK_TOKEN), which label sets the severity
 * and how its values map, and whether a group whose alerts all resolved resolves its incident.
 */
@ConfigurationProperties("firebreak.alertmanager")
public record AlertmanagerSettings(
        @Nullable String webhookToken,
        @Bindable(defaultValue = "severity") String severityLabel,
        @Nullable Map<String, String> severityMap,
        @Bindable(defaultValue = "SEV3") Severity defaultSeverity,
        @Bindable(defaultValue = "false") boolean autoResolve) {

    private static final Map<String, String> DEFAULT_SEVERITY_MAP =
            Map.of("critical", "sev1", "error", "sev2", "warning", "sev3", "info", "sev4");

    public boolean enabled() {
        return webhookToken != null && !webhookToken.isBlank();
    }

    public Severity severityOf(@Nullable String labelValue) {
        if (labelValue == null) {
            return defaultSeverity;
        }
        Map<String, String> map = severityMap == null || severityMap.isEmpty() ? DEFAULT_SEVERITY_MAP : severityMap;
        String mapped = map.get(labelValue.toLowerCase(Locale.ROOT));
        return Severity.parse(mapped != null ? mapped : labelValue).orElse(defaultSeverity);
    }

    @Override
    public String toString() {
        return "AlertmanagerSettings[webhookToken=" + (enabled() ? "***" : "unset") + ", severityLabel=" + severityLabel
                + ", severityMap=" + severityMap + ", defaultSeverity=" + defaultSeverity + ", autoResolve=" + autoResolve + "]";
    }
}
