package dev.firebreak.summary;

/** A language model that writes the narrative. Implementations throw {@link NarratorException} on failure. */
public interface Narrator {

    /** Whether one is configured; without it summaries stay deterministic. */
    boolean enabled();

    /** Provider and model, for the record, e.g. {@code openai:gpt-4o-mini}. */
    String name();

    NarratorAnswer ask(String prompt);

    record NarratorAnswer(String text, int inputTokens, int outputTokens) {}
}
