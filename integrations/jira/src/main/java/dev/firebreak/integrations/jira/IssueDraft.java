package dev.firebreak.integrations.jira;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;

/**
 * An issue to create. {@code labels} is where the caller puts its idempotency label (see
 * {@link JiraClient#createIssue}); Jira labels cannot contain spaces, so such labels are refused before sending.
 */
public record IssueDraft(
        String projectKey,
        String issueTypeName,
        String summary,
        Adf description,
        List<String> labels,
        @Nullable String assigneeAccountId,
        @Nullable String priorityName,
        @Nullable LocalDate dueDate) {

    /** Jira's limit for the summary field; longer ones are answered 400. */
    public static final int MAX_SUMMARY_LENGTH = 255;

    public IssueDraft {
        require(projectKey, "projectKey");
        require(issueTypeName, "issueTypeName");
        require(summary, "summary");
        // A summary is one line; Jira answers 400 "can't contain newlines".
        summary = summary.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
        if (summary.length() > MAX_SUMMARY_LENGTH) {
            summary = summary.substring(0, MAX_SUMMARY_LENGTH - 1) + "…";
        }
        labels = Labels.check(labels);
        if (description == null) {
            description = Adf.doc();
        }
    }

    /** An issue with only the required parts. */
    public static IssueDraft of(String projectKey, String issueTypeName, String summary, Adf description,
            List<String> labels) {
        return new IssueDraft(projectKey, issueTypeName, summary, description, labels, null, null, null);
    }

    private static void require(@Nullable String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
