package dev.firebreak.integrations.jira;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/**
 * Request and response bodies of the REST API v3, kept to the fields we use. Not part of our API. Requests leave
 * out null parts: for Jira an explicit null clears a field, which is never what an absent value means here.
 */
final class JiraWire {
    private JiraWire() {}

    @Serdeable
    record Key(String key) {}

    @Serdeable
    record Name(String name) {}

    @Serdeable
    record Id(String id) {}

    @Serdeable
    record AccountId(String accountId) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Fields(
            @Nullable Key project,
            @Nullable Name issuetype,
            @Nullable String summary,
            @Nullable AdfNode description,
            @Nullable List<String> labels,
            @Nullable AccountId assignee,
            @Nullable Name priority,
            @Nullable String duedate) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record IssueRequest(@Nullable Fields fields, @Nullable Map<String, List<Map<String, String>>> update) {}

    @Serdeable
    record IssueBean(String id, String key, @Nullable IssueFields fields) {}

    @Serdeable
    record IssueFields(
            @Nullable String summary,
            @Nullable Status status,
            @Nullable User assignee,
            @Nullable String duedate,
            @Nullable List<String> labels,
            @Nullable String updated,
            @Nullable List<IssueLinkBean> issuelinks) {}

    /** One entry of an issue's {@code issuelinks}: only the end that is not the issue read is filled in. */
    @Serdeable
    record IssueLinkBean(
            @Nullable String id, @Nullable Name type, @Nullable Key inwardIssue, @Nullable Key outwardIssue) {}

    @Serdeable
    record Status(@Nullable String name, @Nullable StatusCategory statusCategory) {}

    @Serdeable
    record StatusCategory(@Nullable String key) {}

    @Serdeable
    record User(
            @Nullable String accountId,
            @Nullable String displayName,
            @Nullable String emailAddress,
            @Nullable String accountType,
            @Nullable Boolean active) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SearchRequest(String jql, List<String> fields, int maxResults, @Nullable String nextPageToken) {}

    @Serdeable
    record SearchPage(@Nullable List<IssueBean> issues, @Nullable String nextPageToken, @Nullable Boolean isLast) {}

    @Serdeable
    record TransitionsPage(@Nullable List<TransitionBean> transitions) {}

    @Serdeable
    record TransitionBean(String id, @Nullable String name, @Nullable Status to) {}

    @Serdeable
    record TransitionRequest(Id transition) {}

    @Serdeable
    record CommentRequest(AdfNode body) {}

    @Serdeable
    record CommentBean(String id) {}

    @Serdeable
    record LinkRequest(Name type, Key inwardIssue, Key outwardIssue) {}

    /** Jira Cloud calls the list {@code issueTypes}; Data Center's same endpoint calls it {@code values}. */
    @Serdeable
    record IssueTypePage(
            @Nullable List<IssueTypeBean> issueTypes,
            @Nullable List<IssueTypeBean> values,
            @Nullable Integer startAt,
            @Nullable Long total) {

        List<IssueTypeBean> types() {
            return issueTypes != null ? issueTypes : values != null ? values : List.of();
        }
    }

    @Serdeable
    record IssueTypeBean(String id, String name, @Nullable Boolean subtask) {}

    @Serdeable
    record ProjectPage(@Nullable List<Key> values, @Nullable Boolean isLast) {}

    @Serdeable
    record LinkTypeList(@Nullable List<LinkTypeBean> issueLinkTypes) {}

    @Serdeable
    record LinkTypeBean(@Nullable String id, String name) {}

    @Serdeable
    record ErrorCollection(
            @Nullable List<String> errorMessages,
            @Nullable Map<String, String> errors,
            @Nullable List<String> warningMessages,
            @Nullable String message) {}
}
