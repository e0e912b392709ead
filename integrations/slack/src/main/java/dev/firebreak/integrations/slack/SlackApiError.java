package dev.firebreak.integrations.slack;

import dev.firebreak.integrations.http.VendorCallException;
import io.micronaut.core.annotation.Nullable;

/**
 * A Slack Web API call that failed; see {@link VendorCallException} for {@code status} (200 for an {@code ok:false}
 * answer, 0 without an answer) and {@code retryable}: true for rate limits, server errors and I/O failures, false for
 * {@code ok:false} answers that another try would not change. {@code error} is Slack's error code.
 */
public class SlackApiError extends VendorCallException {
    private final String method;
    private final String error;

    public SlackApiError(String method, String error, boolean retryable, @Nullable Throwable cause) {
        this(0, method, error, retryable, cause);
    }

    public SlackApiError(int status, String method, String error, boolean retryable, @Nullable Throwable cause) {
        super(status, "Slack " + method + " failed: " + error, retryable, cause);
        this.method = method;
        this.error = error;
    }

    public String method() {
        return method;
    }

    public String error() {
        return error;
    }
}
