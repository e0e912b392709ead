package dev.firebreak.summary;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * A summary as posted: the deterministic parts always, the narrative when an LLM gave a valid one, and the reason
 * when it was asked but not used.
 */
public record Summary(String scope, String whatIsFailing, String since, String likelyCause, List<String> evidence,
        List<String> suggestedRunbooks, @Nullable String narrative, String narratedBy, @Nullable String fallbackReason) {

    Summary withNarrative(Narrative n, String by) {
        return new Summary(scope, n.whatIsFailing(), n.since(), n.likelyCause(), evidence, suggestedRunbooks,
                n.narrative(), by, null);
    }

    Summary withFallback(String reason) {
        return new Summary(scope, whatIsFailing, since, likelyCause, evidence, suggestedRunbooks, null, narratedBy, reason);
    }
}
