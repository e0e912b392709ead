/**
 * The Jira adapter: {@link dev.firebreak.postmortem.IssueTracker} over the {@code integrations/jira} client, the
 * postmortem rendered as ADF, and {@code POST /webhooks/jira} feeding action statuses back. Jira types stay here.
 */
package dev.firebreak.jira;
