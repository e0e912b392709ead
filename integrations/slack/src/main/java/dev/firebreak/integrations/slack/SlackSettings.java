package dev.firebreak.integrations.slack;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Slack configuration, bound from {@code firebreak.slack.*} (environment: SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET,
 * SLACK_API_URL, SLACK_ANNOUNCE_CHANNEL, SLACK_APP_TOKEN, FIREBREAK_LINK_HOSTS). Channel creation is paced to Slack's Tier 2 limit
 * (about 20 a minute, short bursts allowed) so an alert storm queues instead of failing.
 */
@ConfigurationProperties(SlackSettings.PREFIX)
public record SlackSettings(
        @Nullable String botToken,
        @Nullable String signingSecret,
        @Nullable String apiUrl,
        @Nullable String announceChannel,
        @Nullable String appToken,
        @Bindable(defaultValue = "5") int channelCreateBurst,
        @Bindable(defaultValue = "20") int channelCreatesPerMinute,
        @Nullable java.util.List<String> linkHosts) {

    public static final String PREFIX = "firebreak.slack";
    public static final String DEFAULT_API_URL = "https://slack.com/api/";

    public boolean webApiEnabled() {
        return present(botToken);
    }

    public boolean httpEnabled() {
        return present(signingSecret);
    }

    public boolean socketModeEnabled() {
        return present(appToken);
    }

    public String apiUrlOrDefault() {
        String url = present(apiUrl) ? apiUrl : DEFAULT_API_URL;
        return url.endsWith("/") ? url : url + "/";
    }

    public @Nullable String announceChannelOrNull() {
        return present(announceChannel) ? announceChannel : null;
    }

    /** Hosts whose links from alerts and pages are shown live; any other link from outside is shown as text. */
    public java.util.Set<String> linkHostSet() {
        return linkHosts == null ? java.util.Set.of() : linkHosts.stream().map(String::trim).filter(h -> !h.isEmpty())
                .map(h -> h.toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private static boolean present(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    // Tokens and secrets must never reach a log line.
    @Override
    public String toString() {
        return "SlackSettings[apiUrl=" + apiUrlOrDefault() + ", announceChannel=" + announceChannel
                + ", botToken=" + (webApiEnabled() ? "***" : "unset")
                + ", signingSecret=" + (httpEnabled() ? "***" : "unset")
                + ", appToken=" + (socketModeEnabled() ? "***" : "unset") + "]";
    }
}
