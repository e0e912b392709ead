package dev.firebreak.integrations.jira;

import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How many attempts {@link JiraClient} makes and how long it waits between them: doubling from {@code baseDelay},
 * with "equal jitter" (half fixed, half random) so replicas throttled together do not return together. Jira's
 * {@code Retry-After} replaces our guess. No wait exceeds {@code maxDelay}.
 */
public record Backoff(int maxAttempts, Duration baseDelay, Duration maxDelay, Sleeper sleeper) {

    public static final Backoff DEFAULT = new Backoff(4, Duration.ofMillis(500), Duration.ofSeconds(30), Sleeper.THREAD);

    /** Waits; a seam so tests record waits instead of sleeping them. */
    @FunctionalInterface
    public interface Sleeper {
        Sleeper THREAD = duration -> Thread.sleep(duration.toMillis());

        void sleep(Duration duration) throws InterruptedException;
    }

    public Backoff {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (baseDelay.isNegative() || maxDelay.isNegative()) {
            throw new IllegalArgumentException("delays must not be negative");
        }
    }

    /** The wait after failed attempt {@code attempt} (1-based); {@code retryAfter} is the server's, if it sent one. */
    Duration delay(int attempt, @Nullable Duration retryAfter) {
        long capMillis = maxDelay.toMillis();
        if (retryAfter != null) {
            return Duration.ofMillis(Math.min(retryAfter.toMillis(), capMillis));
        }
        // The shift is bounded so a long retry loop cannot overflow into a negative delay.
        long doubled = Math.min(baseDelay.toMillis() << Math.min(attempt - 1, 30), capMillis);
        long fixed = doubled / 2;
        return Duration.ofMillis(fixed + ThreadLocalRandom.current().nextLong(doubled - fixed + 1));
    }
}
