package dev.firebreak.inbound;

/** Processes the stored deliveries of one source. Must tolerate being called again for the same event. */
public interface InboundEventHandler {

    /** The source this handler owns, e.g. {@code alertmanager}. */
    String source();

    void handle(InboundEvent event);
}
