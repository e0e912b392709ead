package dev.firebreak.integrations.slack;

import java.time.Duration;

/**
 * Keeps calls of one Slack method inside its rate tier: a burst, then one call per interval. A caller that would
 * have to wait longer than {@code maxWait} is told to come back later instead of holding a worker thread.
 */
final class RatePacer {
    private final int burst;
    private final long intervalNanos;
    private final long maxWaitNanos;
    private double tokens;
    private long lastRefill = System.nanoTime();

    RatePacer(int burst, int perMinute, Duration maxWait) {
        this.burst = Math.max(1, burst);
        this.intervalNanos = Duration.ofMinutes(1).toNanos() / Math.max(1, perMinute);
        this.maxWaitNanos = maxWait.toNanos();
        this.tokens = this.burst;
    }

    /** Takes a slot, waiting for it if it comes within {@code maxWait}; false when it would come later. */
    boolean acquire() throws InterruptedException {
        long wait;
        synchronized (this) {
            refill();
            if (tokens >= 1) {
                tokens -= 1;
                return true;
            }
            wait = (long) ((1 - tokens) * intervalNanos);
            if (wait > maxWaitNanos) {
                return false;
            }
            // Reserve the slot now so concurrent callers queue behind it instead of all waking together.
            tokens -= 1;
        }
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        return true;
    }

    private void refill() {
        long now = System.nanoTime();
        tokens = Math.min(burst, tokens + (double) (now - lastRefill) / intervalNanos);
        lastRefill = now;
    }
}
