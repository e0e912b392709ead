package dev.firebreak.integrations.jira;

import io.micronaut.core.annotation.Nullable;

/**
 * A Jira REST call that failed. {@code status} is the HTTP status, or 0 when there was no answer (I/O error, not
 * configured). {@code retryable} is true when trying again later may succeed: rate limits, server errors and I/O
 * failures that outlasted our own retries. The message carries Jira's {@code errorMessages} and {@code errors}.
 */
public class JiraException extends RuntimeException {
    private final int status;
    private final boolean retryable;

    public JiraException(int status, String message, boolean retryable) {
        this(status, message, retryable, null);
    }

    public JiraException(int status, String message, boolean retryable, @Nullable Throwable cause) {
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
