package dev.firebreak.integrations.jira;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The fields of an issue Firebreak tracks. A field not asked for (see {@link JiraClient#getIssue}) is null, or an
 * empty list for {@code labels}. {@code statusCategory} is Jira's fixed key, {@code new}, {@code indeterminate} or
 * {@code done}, which unlike the status name does not vary between workflows.
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
        @Nullable OffsetDateTime updated) {

    /** Fields {@link JiraClient#getIssue} and {@link JiraClient#searchJql} ask for when given none. */
    public static final List<String> DEFAULT_FIELDS =
            List.of("summary", "status", "assignee", "duedate", "labels", "updated");

    public Issue {
        labels = labels == null ? List.of() : List.copyOf(labels);
    }

    public boolean inStatusCategory(String categoryKey) {
        return categoryKey.equalsIgnoreCase(statusCategory);
    }
}
