/**
 * Jira Cloud integration: a thin typed client for the REST API v3 calls Firebreak makes (issues, links, transitions,
 * comments, JQL search, users, create metadata, projects), a check of the configured project and issue types
 * against Jira, a builder for the Atlassian Document Format those calls carry, and verification and parsing of Jira
 * webhooks.
 *
 * <p>May depend on Micronaut (inject, runtime, serde) and OkHttp only; it knows nothing about Firebreak's incidents
 * or Slack. Wire formats stay package-private ({@code JiraWire}, {@code JiraWebhookWire}, {@code AdfNode}); callers
 * see the typed records, {@link dev.firebreak.integrations.jira.JiraException} and
 * {@link dev.firebreak.integrations.jira.MalformedJiraWebhookException}.
 */
package dev.firebreak.integrations.jira;
