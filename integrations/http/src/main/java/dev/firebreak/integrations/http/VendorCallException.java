package dev.firebreak.integrations.http;

import io.micronaut.core.annotation.Nullable;

/**
 * A vendor REST call that failed. {@code status} is the HTTP status, or 0 when there was no answer (I/O error, not
 * configured). {@code retryable} is true when trying again later may succeed: rate limits, server errors and I/O
 * failures that outlasted the client's own retries. Each client throws its own subclass, so callers can tell vendors
 * apart.
 */
public abstract class VendorCallException extends RuntimeException {
    private final int status;
    private final boolean retryable;

    protected VendorCallException(int status, String message, boolean retryable, @Nullable Throwable cause) {
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
