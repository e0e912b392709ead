package dev.firebreak.incident;

/** A chat call failed. {@code retryable} says whether trying again later may help. */
public class ChatException extends RuntimeException {
    /** Firebreak's own pacing of channel creation asks the job to come back shortly. */
    public static final String PACED = "paced_by_firebreak";
    /** The incident channel is still being opened by another job. */
    public static final String CHANNEL_NOT_READY = "channel_not_ready";

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
