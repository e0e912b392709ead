package dev.firebreak.integrations.jira;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A Jira webhook, reduced to what action tracking needs: which event, when, the issue's state after it, and what
 * changed. {@code issue} is null only for events about something else than an issue.
 */
public record JiraWebhookEvent(
        String webhookEvent,
        @Nullable String issueEventTypeName,
        @Nullable Instant timestamp,
        @Nullable Issue issue,
        @Nullable String assigneeDisplayName,
        List<Change> changes,
        @Nullable String actorAccountId,
        @Nullable Comment comment) {

    public static final String ISSUE_CREATED = "jira:issue_created";
    public static final String ISSUE_UPDATED = "jira:issue_updated";
    public static final String ISSUE_DELETED = "jira:issue_deleted";
    public static final String COMMENT_CREATED = "comment_created";
    public static final String COMMENT_UPDATED = "comment_updated";
    public static final String COMMENT_DELETED = "comment_deleted";

    /**
     * One changelog item. {@code from}/{@code to} are ids (status id, user name), {@code fromText}/{@code toText}
     * are Jira's {@code fromString}/{@code toString}, the names people see.
     */
    public record Change(String field, @Nullable String fieldId, @Nullable String from, @Nullable String fromText,
            @Nullable String to, @Nullable String toText) {}

    /** A comment; {@code body} is wiki markup as webhooks send it, or null if it came in another shape. */
    public record Comment(String id, @Nullable String authorAccountId, @Nullable String body) {}

    public JiraWebhookEvent {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /**
     * The change of a field, by its id ({@code status}, {@code assignee}, {@code customfield_10020}) or, for senders
     * without ids, its name; case is ignored because Jira names the same field "Status" on create and "status" after.
     */
    public Optional<Change> change(String field) {
        return changes.stream()
                .filter(c -> field.equalsIgnoreCase(c.fieldId()) || (c.fieldId() == null && field.equalsIgnoreCase(c.field())))
                .findFirst();
    }

    public boolean statusChanged() {
        return change("status").isPresent();
    }

    public boolean assigneeChanged() {
        return change("assignee").isPresent();
    }

    public boolean isIssueEvent() {
        return webhookEvent.startsWith("jira:issue_");
    }

    public boolean isCommentEvent() {
        return webhookEvent.startsWith("comment_");
    }
}
