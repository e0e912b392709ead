package dev.firebreak.postmortem;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

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

    /**
     * Marks the create as attempted, then creates. When the tracker says it did not apply the create (an outage it
     * answered 503 or 429 to, a refusal), the mark is put back as it was: a later try need not wait for the search to
     * show an issue that was never made. Only an unknown outcome leaves the mark, so the next try looks first.
     */
    String create(@Nullable Instant previousAttempt, Consumer<Instant> markAttempted, Supplier<String> create) {
        markAttempted.accept(clock.instant());
        try {
            return create.get();
        } catch (TrackerException e) {
            if (!(e instanceof TrackerOutcomeUnknownException)) {
                markAttempted.accept(previousAttempt);
            }
            throw e;
        }
    }

    /** The issue an earlier attempt made, or empty when it is safe to create. */
    Optional<String> earlierIssue(String label, @Nullable Instant attemptedAt) {
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
