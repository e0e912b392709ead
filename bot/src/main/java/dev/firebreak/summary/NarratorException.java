package dev.firebreak.summary;

/** The language model did not answer usefully (timeout, error, refusal). */
public class NarratorException extends RuntimeException {
    public NarratorException(String message, Throwable cause) {
        super(message, cause);
    }
}
