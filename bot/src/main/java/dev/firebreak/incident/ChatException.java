package dev.firebreak.incident;

/** A chat call failed. {@code retryable} says whether trying again later may help. */
public class ChatException extends RuntimeException {
    private final String code;
    private final boolean retryable;

    public ChatException(String message, String code, boolean retryable, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.retryable = retryable;
    }

    public String code() {
        return code;
    }

    public boolean retryable() {
        return retryable;
    }
}
