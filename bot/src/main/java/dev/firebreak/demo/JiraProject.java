package dev.firebreak.demo;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The emulated Jira project's issues: what Firebreak filed, and which of them someone finished. */
@Singleton
@Requires(property = DemoRun.ENABLED, value = "true")
public class JiraProject {
    private final List<DemoIssue> issues = new ArrayList<>();

    /** An issue as filed: key, type name and summary; {@code done} once someone closed it. */
    public record DemoIssue(String id, String key, String type, String summary, boolean done) {}

    synchronized DemoIssue create(Map<String, Object> fields) {
        String type = typeName(fields.get("issuetype"));
        DemoIssue issue = new DemoIssue(
                String.valueOf(10_100 + issues.size()),
                DemoRun.JIRA_PROJECT + "-" + (101 + issues.size()),
                type,
                String.valueOf(fields.getOrDefault("summary", "")),
                false);
        issues.add(issue);
        return issue;
    }

    synchronized Optional<DemoIssue> find(String key) {
        return issues.stream().filter(i -> i.key().equals(key)).findFirst();
    }

    /** Moves an issue to done, as a person would in Jira before its webhook tells Firebreak. */
    synchronized void close(String key) {
        issues.replaceAll(i -> i.key().equals(key) ? new DemoIssue(i.id(), i.key(), i.type(), i.summary(), true) : i);
    }

    public synchronized List<DemoIssue> issues() {
        return List.copyOf(issues);
    }

    private static String typeName(Object issueType) {
        if (issueType instanceof Map<?, ?> m) {
            Object name = m.get("name");
            if (name != null) {
                return name.toString();
            }
            return "10010".equals(m.get("id"))
                    ? "Postmortem"
                    : "10001".equals(m.get("id")) ? "Task" : String.valueOf(m.get("id"));
        }
        return "";
    }
}
