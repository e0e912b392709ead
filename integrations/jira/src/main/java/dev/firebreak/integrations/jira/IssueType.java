package dev.firebreak.integrations.jira;

/** An issue type the project lets us create, from Jira's create metadata. */
public record IssueType(String id, String name, boolean subtask) {}
