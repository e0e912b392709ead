package dev.firebreak.incident;

/** A pager call failed. {@code retryable} says whether trying again later may help. */
public class PagerException extends RuntimeException {
    private final boolean retryable;

    public PagerException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
