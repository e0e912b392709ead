package dev.firebreak.integrations.jira;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/** Reads Jira webhook bodies into {@link JiraWebhookEvent}s. Verify the signature on the raw bytes first. */
@Singleton
public final class JiraWebhookParser {
    private final ObjectMapper mapper;

    public JiraWebhookParser(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public JiraWebhookEvent parse(byte[] body) {
        JiraWebhookWire.Envelope envelope;
        try {
            envelope = mapper.readValue(body, JiraWebhookWire.Envelope.class);
        } catch (IOException | RuntimeException e) {
            throw new MalformedJiraWebhookException("Jira webhook body is not readable JSON: " + e.getMessage(), e);
        }
        if (envelope == null || envelope.webhookEvent() == null || envelope.webhookEvent().isBlank()) {
            throw new MalformedJiraWebhookException("Jira webhook body has no webhookEvent");
        }
        JiraWire.IssueBean issue = envelope.issue();
        boolean hasIssue = issue != null && issue.key() != null && issue.id() != null;
        return new JiraWebhookEvent(
                envelope.webhookEvent(),
                envelope.issueEventTypeName(),
                envelope.timestamp() == null ? null : Instant.ofEpochMilli(envelope.timestamp()),
                hasIssue ? JiraMapping.issue(issue) : null,
                hasIssue && issue.fields() != null && issue.fields().assignee() != null
                        ? issue.fields().assignee().displayName() : null,
                changes(envelope.changelog()),
                envelope.user() == null ? null : envelope.user().accountId(),
                comment(envelope.comment()));
    }

    private static List<JiraWebhookEvent.Change> changes(@Nullable JiraWebhookWire.Changelog changelog) {
        if (changelog == null || changelog.items() == null) {
            return List.of();
        }
        return changelog.items().stream()
                .filter(i -> i.field() != null || i.fieldId() != null)
                .map(i -> new JiraWebhookEvent.Change(i.field() != null ? i.field() : i.fieldId(), i.fieldId(),
                        i.from(), i.fromText(), i.to(), i.toText()))
                .toList();
    }

    private static @Nullable JiraWebhookEvent.Comment comment(@Nullable JiraWebhookWire.Comment comment) {
        if (comment == null || comment.id() == null) {
            return null;
        }
        return new JiraWebhookEvent.Comment(comment.id(),
                comment.author() == null ? null : comment.author().accountId(),
                comment.body() instanceof String text ? text : null);
    }
}
