package dev.firebreak.integrations.pagerduty;

import io.micronaut.core.annotation.Nullable;

/**
 * A PagerDuty REST call that failed. {@code status} is the HTTP status, or 0 when there was no answer (I/O error,
 * not configured). {@code retryable} is true when trying again later may succeed: rate limits, server errors and I/O
 * failures that outlasted our own retries.
 */
public class PagerDutyException extends RuntimeException {
    private final int status;
    private final boolean retryable;

    public PagerDutyException(int status, String message, boolean retryable) {
        this(status, message, retryable, null);
    }

    public PagerDutyException(int status, String message, boolean retryable, @Nullable Throwable cause) {
        super(message, cause);
        this.status = status;
        this.retryable = retryable;
    }

    public int status() {
        return status;
    }

    public boolean retryable() {
        return retryable;
    }
}
