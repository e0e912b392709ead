package dev.firebreak.work;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * {@code firebreak.jobs.*}: the background job engine. {@code maxAttempts}: failures in a row after which a job is
 * parked as dead (listed at {@code GET /api/jobs?state=dead}); with the default backoff, 20 attempts span about an hour.
 */
@ConfigurationProperties("firebreak.jobs")
public record JobSettings(
        @Bindable(defaultValue = "1s") Duration pollingInterval,
        @Bindable(defaultValue = "8") int threads,
        @Bindable(defaultValue = "1s") Duration firstRetry,
        @Bindable(defaultValue = "5m") Duration maxRetry,
        @Bindable(defaultValue = "60") int maxAttempts,
        @Bindable(defaultValue = "20s") Duration shutdownWait,
        @Bindable(defaultValue = "10s") Duration heartbeatInterval) {

    public JobSettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("firebreak.jobs.max-attempts must be at least 1, not " + maxAttempts);
        }
    }
}
