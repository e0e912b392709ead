package dev.firebreak.webhook;

import io.micronaut.http.HttpStatus;

/** A delivery refused before anything is stored: the status and the one line the sender is answered. */
public class WebhookRejected extends Exception {
    private final HttpStatus status;

    public WebhookRejected(HttpStatus status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }
}
