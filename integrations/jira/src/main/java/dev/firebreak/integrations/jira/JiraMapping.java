package dev.firebreak.integrations.jira;

import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Between our records and Jira's wire shapes, so {@link JiraClient} only sequences calls. */
final class JiraMapping {
    private JiraMapping() {}

    static JiraWire.IssueRequest create(IssueDraft draft) {
        return new JiraWire.IssueRequest(new JiraWire.Fields(
                new JiraWire.Key(draft.projectKey()),
                new JiraWire.Name(draft.issueTypeName()),
                draft.summary(),
                draft.description().toNode(),
                draft.labels(),
                draft.assigneeAccountId() == null ? null : new JiraWire.AccountId(draft.assigneeAccountId()),
                draft.priorityName() == null ? null : new JiraWire.Name(draft.priorityName()),
                draft.dueDate() == null ? null : draft.dueDate().toString()), null);
    }

    static JiraWire.IssueRequest edit(IssueEdit edit) {
        JiraWire.Fields fields = new JiraWire.Fields(null, null,
                edit.summary(),
                edit.description() == null ? null : edit.description().toNode(),
                edit.labels(),
                edit.assigneeAccountId() == null ? null : new JiraWire.AccountId(edit.assigneeAccountId()),
                edit.priorityName() == null ? null : new JiraWire.Name(edit.priorityName()),
                edit.dueDate() == null ? null : edit.dueDate().toString());
        boolean noFields = fields.equals(new JiraWire.Fields(null, null, null, null, null, null, null, null));
        // "update" operations add or remove single labels without replacing the ones people set by hand.
        List<Map<String, String>> labelOps = new ArrayList<>();
        edit.addLabels().forEach(l -> labelOps.add(Map.of("add", l)));
        edit.removeLabels().forEach(l -> labelOps.add(Map.of("remove", l)));
        Map<String, List<Map<String, String>>> update = new LinkedHashMap<>();
        if (!labelOps.isEmpty()) {
            update.put("labels", labelOps);
        }
        return new JiraWire.IssueRequest(noFields ? null : fields, update.isEmpty() ? null : update);
    }

    static Issue issue(JiraWire.IssueBean bean) {
        JiraWire.IssueFields f = bean.fields();
        if (f == null) {
            return new Issue(bean.id(), bean.key(), null, null, null, null, null, List.of(), null, List.of());
        }
        JiraWire.Status status = f.status();
        return new Issue(bean.id(), bean.key(), f.summary(),
                status == null ? null : status.name(),
                categoryKey(status),
                f.assignee() == null ? null : f.assignee().accountId(),
                JiraTime.date(f.duedate()),
                f.labels(),
                JiraTime.timestamp(f.updated()),
                links(bean));
    }

    /** The links of an issue read with the {@code issuelinks} field; entries without a type or other end are skipped. */
    static List<IssueLink> links(JiraWire.IssueBean bean) {
        if (bean.fields() == null || bean.fields().issuelinks() == null) {
            return List.of();
        }
        List<IssueLink> links = new ArrayList<>();
        for (JiraWire.IssueLinkBean link : bean.fields().issuelinks()) {
            JiraWire.Key other = link.inwardIssue() != null ? link.inwardIssue() : link.outwardIssue();
            if (link.type() != null && link.type().name() != null && other != null && other.key() != null) {
                links.add(new IssueLink(link.id(), link.type().name(), other.key()));
            }
        }
        return links;
    }

    static Transition transition(JiraWire.TransitionBean bean) {
        return new Transition(bean.id(), bean.name() == null ? "" : bean.name(),
                bean.to() == null ? null : bean.to().name(), categoryKey(bean.to()));
    }

    static JiraUser user(JiraWire.User user) {
        return new JiraUser(user.accountId(), user.displayName(), user.emailAddress(), user.accountType(),
                !Boolean.FALSE.equals(user.active()));
    }

    /** See {@link JiraClient#findUserByEmail}: an exact address match, else a single active human account. */
    static Optional<String> accountIdForEmail(List<JiraUser> users, String email) {
        Optional<String> exact = users.stream().filter(u -> email.equalsIgnoreCase(u.emailAddress()))
                .map(JiraUser::accountId).findFirst();
        if (exact.isPresent() || users.stream().anyMatch(u -> u.emailAddress() != null)) {
            return exact;
        }
        List<JiraUser> humans = users.stream().filter(u -> u.active() && "atlassian".equals(u.accountType())).toList();
        return humans.size() == 1 ? Optional.of(humans.get(0).accountId()) : Optional.empty();
    }

    private static @Nullable String categoryKey(@Nullable JiraWire.Status status) {
        return status == null || status.statusCategory() == null ? null : status.statusCategory().key();
    }

    static String key(String value) {
        // An empty segment would turn GET /issue/{key} into another endpoint instead of failing.
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Jira key or id must not be blank");
        }
        return value.trim();
    }

    /** A JQL string literal: double-quoted, with the two characters JQL escapes inside one. */
    static String jqlString(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
