package dev.firebreak.incident;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code firebreak.update-reminders.*}: how often an open incident of each severity is expected to get a status
 * update before its channel is reminded ({@code 0s}: never), and how often that is checked.
 */
@ConfigurationProperties("firebreak.update-reminders")
public record UpdateReminderSettings(
        @Bindable(defaultValue = "30m") Duration sev1,
        @Bindable(defaultValue = "1h") Duration sev2,
        @Bindable(defaultValue = "0s") Duration sev3,
        @Bindable(defaultValue = "0s") Duration sev4,
        @Bindable(defaultValue = "1m") Duration checkInterval) {

    /** The expected pace of updates, when there is one. */
    public Optional<Duration> every(Severity severity) {
        Duration every = switch (severity) {
            case SEV1 -> sev1;
            case SEV2 -> sev2;
            case SEV3 -> sev3;
            case SEV4 -> sev4;
        };
        return every.isZero() || every.isNegative() ? Optional.empty() : Optional.of(every);
    }
}
