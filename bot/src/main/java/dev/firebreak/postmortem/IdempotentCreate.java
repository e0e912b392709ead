package dev.firebreak.postmortem;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;

/**
 * Decides whether an earlier create may already have made the issue. A first attempt costs no lookup; after an
 * attempt whose answer was lost, the issue is looked up by its label, and a miss counts only once the tracker's
 * eventually consistent search has had time to show it; until then the job is retried later.
 */
@Singleton
class IdempotentCreate {
    private final IssueTracker tracker;
    private final PostmortemSettings settings;
    private final Clock clock;

    IdempotentCreate(IssueTracker tracker, PostmortemSettings settings, Clock clock) {
        this.tracker = tracker;
        this.settings = settings;
        this.clock = clock;
    }

    /** The issue an earlier attempt made, or empty when it is safe to create. */
    Optional<String> earlierIssue(String label, @Nullable java.time.Instant attemptedAt) {
        if (attemptedAt == null) {
            return Optional.empty();
        }
        Optional<String> found = tracker.findByLabel(label);
        if (found.isEmpty() && clock.instant().isBefore(attemptedAt.plus(settings.trackerSearchLag()))) {
            throw new TrackerException("an earlier create of " + label + " may not be searchable yet; looking again later",
                    true, null);
        }
        return found;
    }
}
