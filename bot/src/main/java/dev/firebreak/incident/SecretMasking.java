package dev.firebreak.incident;

/**
 * Masks credentials in free text. Everything Firebreak stores or sends out (timeline, chat, LLM) goes through it, so
 * a password pasted into a note or logged by an app never travels further.
 */
public interface SecretMasking {
    String mask(String text);
}
