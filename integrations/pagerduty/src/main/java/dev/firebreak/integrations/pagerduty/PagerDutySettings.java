package dev.firebreak.integrations.pagerduty;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.util.Arrays;
import java.util.List;

/**
 * PagerDuty configuration, bound from {@code firebreak.pagerduty.*} (environment: PAGERDUTY_API_URL,
 * PAGERDUTY_API_TOKEN, PAGERDUTY_FROM_EMAIL, PAGERDUTY_WEBHOOK_SECRET).
 *
 * <p>{@code webhookSecret} may hold several comma-separated secrets so a new webhook subscription can be rolled out
 * before the old one is deleted.
 */
@ConfigurationProperties(PagerDutySettings.PREFIX)
public record PagerDutySettings(
        @Nullable String apiUrl,
        @Nullable String apiToken,
        @Nullable String fromEmail,
        @Nullable String webhookSecret) {

    public static final String PREFIX = "firebreak.pagerduty";
    public static final String DEFAULT_API_URL = "https://api.pagerduty.com";

    /** REST calls are possible. */
    public boolean enabled() {
        return present(apiToken);
    }

    /** PagerDuty rejects incident writes without a {@code From} user, so they need an e-mail as well as a token. */
    public boolean writesEnabled() {
        return enabled() && present(fromEmail);
    }

    public boolean webhooksEnabled() {
        return !webhookSecrets().isEmpty();
    }

    public String apiUrlOrDefault() {
        String url = present(apiUrl) ? apiUrl.trim() : DEFAULT_API_URL;
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public List<String> webhookSecrets() {
        if (!present(webhookSecret)) {
            return List.of();
        }
        return Arrays.stream(webhookSecret.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean present(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    // Tokens and secrets must never reach a log line.
    @Override
    public String toString() {
        return "PagerDutySettings[apiUrl=" + apiUrlOrDefault() + ", fromEmail=" + fromEmail
                + ", apiToken=" + (enabled() ? "***" : "unset")
                + ", webhookSecret=" + (webhooksEnabled() ? "*** (" + webhookSecrets().size() + ")" : "unset") + "]";
    }
}
