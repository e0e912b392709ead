package dev.firebreak.summary;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * A summary as posted: the deterministic parts always, the narrative when an LLM gave a valid one, and the reason
 * when it was asked but not used.
 */
public record Summary(String scope, String whatIsFailing, String since, String likelyCause, List<String> evidence,
        List<String> suggestedRunbooks, @Nullable String narrative, String narratedBy, @Nullable String fallbackReason) {

    /**
     * The model's fields in place of the deterministic ones, except that the deterministic cause is never dropped: a
     * model that paraphrases, misses or contradicts it gets its reading shown after it, not instead of it.
     */
    Summary withNarrative(Narrative n, String by) {
        return new Summary(scope, n.whatIsFailing(), n.since(), keepCause(likelyCause, n.likelyCause()), evidence,
                suggestedRunbooks, n.narrative(), by, null);
    }

    static String keepCause(String deterministic, String model) {
        if (deterministic.equals(DeterministicSummarizer.UNCLEAR) || normalized(model).contains(normalized(deterministic))) {
            return model;
        }
        return deterministic + " — the model's reading: " + model;
    }

    private static String normalized(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    Summary withFallback(String reason) {
        return new Summary(scope, whatIsFailing, since, likelyCause, evidence, suggestedRunbooks, null, narratedBy, reason);
    }
}
