package dev.firebreak.integrations.pagerduty;

/** A webhook body we cannot read. The message is meant for the sender: the bot answers 400 with it. */
public class MalformedWebhookException extends RuntimeException {

    public MalformedWebhookException(String reason) {
        super(reason);
    }

    public MalformedWebhookException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
