package dev.firebreak.integrations.jira;

/** A webhook body that is not JSON or lacks {@code webhookEvent}; the endpoint answers 400, Jira will not fix it. */
public class MalformedJiraWebhookException extends RuntimeException {

    public MalformedJiraWebhookException(String message, Throwable cause) {
        super(message, cause);
    }

    public MalformedJiraWebhookException(String message) {
        super(message);
    }
}
