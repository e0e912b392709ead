package dev.firebreak.integrations.jira;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * Webhook bodies, kept to the fields we use. They are REST v2 shapes: descriptions and comment bodies are
 * wiki-markup strings rather than ADF, and {@code self} links point at {@code /rest/api/2/}.
 */
final class JiraWebhookWire {
    private JiraWebhookWire() {}

    @Serdeable
    record Envelope(
            @Nullable String webhookEvent,
            @JsonProperty("issue_event_type_name") @Nullable String issueEventTypeName,
            @Nullable Long timestamp,
            @Nullable JiraWire.IssueBean issue,
            @Nullable Changelog changelog,
            @Nullable JiraWire.User user,
            @Nullable Comment comment) {}

    @Serdeable
    record Changelog(@Nullable String id, @Nullable List<Item> items) {}

    /** {@code toString} cannot name a record component, hence the renamed ones. */
    @Serdeable
    record Item(
            @Nullable String field,
            @Nullable String fieldId,
            @Nullable String from,
            @JsonProperty("fromString") @Nullable String fromText,
            @Nullable String to,
            @JsonProperty("toString") @Nullable String toText) {}

    /** {@code body} stays untyped: wiki markup today, and an ADF object must not make the whole event unreadable. */
    @Serdeable
    record Comment(@Nullable String id, @Nullable Object body, @Nullable JiraWire.User author) {}
}
