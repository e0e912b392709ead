package dev.firebreak.work;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

@ConfigurationProperties("firebreak.jobs")
public record JobSettings(
        @Bindable(defaultValue = "1s") Duration pollingInterval,
        @Bindable(defaultValue = "8") int threads,
        @Bindable(defaultValue = "1s") Duration firstRetry,
        @Bindable(defaultValue = "5m") Duration maxRetry,
        @Bindable(defaultValue = "20s") Duration shutdownWait,
        @Bindable(defaultValue = "10s") Duration heartbeatInterval) {}
