package dev.firebreak.postmortem;

/**
 * A tracker call failed. {@code retryable}: an outage, rate limit or unknown outcome that a later try may fix; otherwise
 * a refusal (bad credentials, no permission, invalid field) that is reported to the incident channel instead.
 */
public class TrackerException extends RuntimeException {
    private final boolean retryable;

    public TrackerException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
