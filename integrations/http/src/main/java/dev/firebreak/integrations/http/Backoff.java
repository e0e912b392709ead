package dev.firebreak.integrations.http;

import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often and how long a vendor client waits between attempts: exponential from {@code baseDelay} with
 * jitter, so that several replicas throttled together do not come back together; a server's {@code Retry-After} wins
 * over our own guess. Every wait is capped by {@code maxDelay}.
 */
public record Backoff(int maxAttempts, Duration baseDelay, Duration maxDelay, Sleeper sleeper) {

    public static final Backoff DEFAULT = new Backoff(4, Duration.ofMillis(200), Duration.ofSeconds(30), Sleeper.THREAD);

    /** Waits; a seam so tests need not. */
    @FunctionalInterface
    public interface Sleeper {
        Sleeper THREAD = duration -> Thread.sleep(duration.toMillis());

        void sleep(Duration duration) throws InterruptedException;
    }

    public Backoff {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** The wait after failed attempt number {@code attempt} (1-based). */
    public Duration delay(int attempt, @Nullable Duration retryAfter) {
        if (retryAfter != null) {
            return min(retryAfter, maxDelay);
        }
        long exponential = baseDelay.toMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(exponential, maxDelay.toMillis());
        // "Equal jitter": at least half the exponential delay, so retries still back off.
        long half = capped / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(capped - half + 1));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
