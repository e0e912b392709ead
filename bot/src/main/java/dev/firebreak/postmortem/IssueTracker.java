package dev.firebreak.postmortem;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where postmortems and corrective actions are tracked (Jira). Implementations throw {@link TrackerException}. Creates
 * are not idempotent on their own: callers store the label first, and after a failed or unknown create they call
 * {@link #findByLabel} before creating again.
 */
public interface IssueTracker {

    boolean enabled();

    /** What to set to enable it, for users' error messages. */
    String whatIsMissing();

    /** The issue carrying {@code label}, oldest first if a duplicate slipped through. */
    Optional<String> findByLabel(String label);

    String createPostmortem(PostmortemDraft draft, String label);

    void updatePostmortem(String issueKey, PostmortemDraft draft);

    String createAction(ActionIssue action, String label);

    /** The tracker account of the person with this e-mail, if there is exactly one. */
    Optional<String> accountIdForEmail(String email);

    /**
     * Links the action to its postmortem unless the tracker already shows that link, so it is safe to call again
     * after a failure whose outcome is unknown.
     *
     * @return true if this call made the link, false if the tracker already had it
     */
    boolean link(String postmortemKey, String actionKey);

    /**
     * Every action issue the tracker holds with its status and postmortem links, for the reconciliation that catches
     * missed webhooks and lost links.
     */
    List<TrackedIssue> actionIssues();

    /** A link people can click. */
    String browseUrl(String issueKey);

    record ActionIssue(long incidentId, String incidentTitle, String text, @Nullable String assigneeAccountId,
            @Nullable LocalDate dueDate, @Nullable String priority, @Nullable String postmortemKey) {}

    /**
     * {@code linkedKeys}: the issues it is linked to with the configured link type, as the tracker's search shows
     * them, which may lag a little behind a link just made.
     */
    /** An action issue as the tracker has it; {@code updated} is when it last changed, if the tracker said. */
    record TrackedIssue(String key, @Nullable String status, boolean done, Set<String> linkedKeys, @Nullable Instant updated) {
        public TrackedIssue {
            linkedKeys = Set.copyOf(linkedKeys);
        }

        public boolean isLinkedTo(String issueKey) {
            return linkedKeys.contains(issueKey);
        }
    }
}
