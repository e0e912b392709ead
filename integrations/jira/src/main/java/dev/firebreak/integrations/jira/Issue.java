package dev.firebreak.integrations.jira;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The fields of an issue Firebreak tracks. A field not asked for (see {@link JiraClient#getIssue}) is null, or an
 * empty list for {@code labels} and {@code links}. {@code statusCategory} is Jira's fixed key, {@code new},
 * {@code indeterminate} or {@code done}, which unlike the status name does not vary between workflows.
 */
public record Issue(
        String id,
        String key,
        @Nullable String summary,
        @Nullable String status,
        @Nullable String statusCategory,
        @Nullable String assigneeAccountId,
        @Nullable LocalDate dueDate,
        List<String> labels,
        @Nullable OffsetDateTime updated,
        List<IssueLink> links) {

    public static final String STATUS_FIELD = "status";
    public static final String UPDATED_FIELD = "updated";
    /** Not among the defaults: an issue's links can be many, and only link checks need them. */
    public static final String LINKS_FIELD = "issuelinks";

    /** Fields {@link JiraClient#getIssue} and {@link JiraClient#searchJql} ask for when given none. */
    public static final List<String> DEFAULT_FIELDS =
            List.of("summary", STATUS_FIELD, "assignee", "duedate", "labels", UPDATED_FIELD);

    public Issue {
        labels = labels == null ? List.of() : List.copyOf(labels);
        links = links == null ? List.of() : List.copyOf(links);
    }

    public boolean inStatusCategory(String categoryKey) {
        return categoryKey.equalsIgnoreCase(statusCategory);
    }

    /** The keys of the issues this one is linked to with the link type called {@code typeName}, in either direction. */
    public Set<String> linkedKeys(String typeName) {
        return links.stream().filter(l -> l.isOfType(typeName)).map(IssueLink::linkedIssueKey)
                .collect(Collectors.toUnmodifiableSet());
    }
}
