package dev.firebreak.postmortem;

/**
 * A create or link that may or may not have reached the tracker (answer lost, 502, 504): look before trying again.
 * Any other {@link TrackerException} says the tracker did not apply the request.
 */
public class TrackerOutcomeUnknownException extends TrackerException {

    public TrackerOutcomeUnknownException(String message, Throwable cause) {
        super(message, true, cause);
    }
}
