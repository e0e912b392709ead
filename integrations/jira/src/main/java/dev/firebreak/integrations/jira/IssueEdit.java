package dev.firebreak.integrations.jira;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Changes to an existing issue; null parts stay as they are. Labels are either replaced ({@link #labels}) or
 * added and removed one by one, which keeps labels others set: Jira refuses a request that does both.
 * Build from {@link #none()}: {@code IssueEdit.none().summary("...").addLabel("firebreak-action")}.
 */
public record IssueEdit(
        @Nullable String summary,
        @Nullable Adf description,
        @Nullable List<String> labels,
        List<String> addLabels,
        List<String> removeLabels,
        @Nullable String assigneeAccountId,
        @Nullable String priorityName,
        @Nullable LocalDate dueDate) {

    public IssueEdit {
        labels = labels == null ? null : Labels.check(labels);
        addLabels = Labels.check(addLabels);
        removeLabels = Labels.check(removeLabels);
        if (labels != null && (!addLabels.isEmpty() || !removeLabels.isEmpty())) {
            throw new IllegalArgumentException("replace labels or add/remove them, not both");
        }
    }

    public static IssueEdit none() {
        return new IssueEdit(null, null, null, List.of(), List.of(), null, null, null);
    }

    public boolean isEmpty() {
        return equals(none());
    }

    public IssueEdit summary(String value) {
        return new IssueEdit(value, description, labels, addLabels, removeLabels, assigneeAccountId, priorityName, dueDate);
    }

    public IssueEdit description(Adf value) {
        return new IssueEdit(summary, value, labels, addLabels, removeLabels, assigneeAccountId, priorityName, dueDate);
    }

    public IssueEdit labels(List<String> value) {
        return new IssueEdit(summary, description, value, addLabels, removeLabels, assigneeAccountId, priorityName, dueDate);
    }

    public IssueEdit addLabel(String label) {
        return new IssueEdit(summary, description, labels, plus(addLabels, label), removeLabels, assigneeAccountId,
                priorityName, dueDate);
    }

    public IssueEdit removeLabel(String label) {
        return new IssueEdit(summary, description, labels, addLabels, plus(removeLabels, label), assigneeAccountId,
                priorityName, dueDate);
    }

    public IssueEdit assignee(String accountId) {
        return new IssueEdit(summary, description, labels, addLabels, removeLabels, accountId, priorityName, dueDate);
    }

    public IssueEdit priority(String name) {
        return new IssueEdit(summary, description, labels, addLabels, removeLabels, assigneeAccountId, name, dueDate);
    }

    public IssueEdit dueDate(LocalDate value) {
        return new IssueEdit(summary, description, labels, addLabels, removeLabels, assigneeAccountId, priorityName, value);
    }

    private static List<String> plus(List<String> list, String item) {
        List<String> more = new ArrayList<>(list);
        more.add(item);
        return more;
    }
}
