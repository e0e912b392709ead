package dev.firebreak.alertmanager;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/** Alertmanager's webhook body, version 4. Newer senders add {@code notification_reason} and {@code routeLabels}. */
@Serdeable
public record AlertmanagerPayload(
        @Nullable String version,
        @Nullable String groupKey,
        @Nullable Integer truncatedAlerts,
        @Nullable String status,
        @Nullable String receiver,
        @Nullable Map<String, String> groupLabels,
        @Nullable Map<String, String> commonLabels,
        @Nullable Map<String, String> commonAnnotations,
        @JsonProperty("externalURL") @Nullable String externalUrl,
        @JsonProperty("notification_reason") @Nullable String notificationReason,
        @Nullable Map<String, String> routeLabels,
        @Nullable List<Alert> alerts) {

    @Serdeable
    public record Alert(
            @Nullable String status,
            @Nullable Map<String, String> labels,
            @Nullable Map<String, String> annotations,
            @Nullable String startsAt,
            @Nullable String endsAt,
            @JsonProperty("generatorURL") @Nullable String generatorUrl,
            @Nullable String fingerprint) {

        public boolean firing() {
            return "firing".equals(status);
        }

        public Map<String, String> labelsOrEmpty() {
            return labels == null ? Map.of() : labels;
        }
    }

    /** What is missing for this to be a notification we can act on, or null when nothing is. */
    public @Nullable String problem() {
        if (groupKey == null || groupKey.isBlank()) {
            return "groupKey is missing";
        }
        if (alerts == null) {
            return "alerts is missing";
        }
        for (Alert a : alerts) {
            if (a == null || a.status() == null || (!a.status().equals("firing") && !a.status().equals("resolved"))) {
                return "every alert needs a status of firing or resolved";
            }
        }
        return null;
    }

    public Map<String, String> commonLabelsOrEmpty() {
        return commonLabels == null ? Map.of() : commonLabels;
    }
}
