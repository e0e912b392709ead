package dev.firebreak.console;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * "Sign in with Slack" (OpenID Connect): on when {@code SLACK_CLIENT_ID}, {@code SLACK_CLIENT_SECRET} and
 * {@code FIREBREAK_CONSOLE_URL} (the console's public base URL, for the redirect back) are all set.
 */
@ConfigurationProperties("firebreak.console.slack")
public record SlackSignInSettings(
        @Nullable String clientId,
        @Nullable String clientSecret,
        @Nullable String consoleUrl,
        @Bindable(defaultValue = "https://slack.com") String issuer) {

    public boolean enabled() {
        return present(clientId) && present(clientSecret) && present(consoleUrl);
    }

    String redirectUri() {
        String base = consoleUrl.endsWith("/") ? consoleUrl.substring(0, consoleUrl.length() - 1) : consoleUrl;
        return base + "/login/slack/callback";
    }

    private static boolean present(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    @Override
    public String toString() {
        return "SlackSignInSettings[clientId=" + clientId + ", clientSecret=" + (present(clientSecret) ? "***" : "unset")
                + ", consoleUrl=" + consoleUrl + ", issuer=" + issuer + "]";
    }
}
