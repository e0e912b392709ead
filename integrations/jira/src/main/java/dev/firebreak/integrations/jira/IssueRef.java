package dev.firebreak.integrations.jira;

import io.micronaut.serde.annotation.Serdeable;

/** A created issue as Jira names it: numeric {@code id}, {@code key} such as "OPS-42", and its REST {@code self} URL. */
@Serdeable
public record IssueRef(String id, String key, String self) {}
