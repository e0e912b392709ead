package dev.firebreak.startup;

/** A setting that cannot work; its message is the one line a user reads before the start stops. */
public final class InvalidSettingException extends RuntimeException {
    public InvalidSettingException(String oneLineReason) {
        super(oneLineReason, null, false, false);
    }
}
