package dev.firebreak.integrations.jira;

import io.micronaut.core.annotation.Nullable;

/**
 * A link as the issue it was read from shows it: Jira names only the other end, {@code linkedIssueKey}. Which end is
 * inward depends on how the link was made, and Jira's naming of the ends is easy to get backwards, so the direction
 * is left out.
 */
public record IssueLink(@Nullable String id, String typeName, String linkedIssueKey) {

    /** A link of the type called {@code typeName} (case aside) to {@code issueKey}, in either direction. */
    public boolean connects(String typeName, String issueKey) {
        return isOfType(typeName) && linkedIssueKey.equals(issueKey);
    }

    /** Jira matches link type names without regard to case, and so do we. */
    public boolean isOfType(String typeName) {
        return this.typeName.equalsIgnoreCase(typeName);
    }
}
