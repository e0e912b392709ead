package dev.firebreak.integrations.slack;

/**
 * A Slack Web API call that failed. {@code retryable} is true for rate limits, server errors and I/O failures,
 * false for {@code ok:false} answers that another try would not change.
 */
public class SlackApiError extends RuntimeException {
    private final String method;
    private final String error;
    private final boolean retryable;

    public SlackApiError(String method, String error, boolean retryable, Throwable cause) {
        super("Slack " + method + " failed: " + error, cause);
        this.method = method;
        this.error = error;
        this.retryable = retryable;
    }

    public String method() {
        return method;
    }

    public String error() {
        return error;
    }

    public boolean retryable() {
        return retryable;
    }
}
