package dev.firebreak.inbound;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * {@code firebreak.retention.inbound}: how long a processed webhook delivery is kept (for redelivery detection and
 * for looking into what arrived) before it is deleted. Unprocessed deliveries are kept until processed.
 */
@ConfigurationProperties("firebreak.retention")
public record RetentionSettings(@Bindable(defaultValue = "7d") Duration inbound) {}
