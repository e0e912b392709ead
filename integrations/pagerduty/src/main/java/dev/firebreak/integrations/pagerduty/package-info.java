/**
 * PagerDuty integration: verifies and parses V3 webhooks, and makes the PagerDuty REST API v2 calls Firebreak needs
 * (users, incidents, notes, responder requests, escalation policies).
 *
 * <p>May depend on Micronaut (inject, runtime, serde) and OkHttp only; it knows nothing about Firebreak's incidents
 * or Slack. Wire formats stay package-private in {@code PagerDutyWire}; callers see the typed records and
 * {@link dev.firebreak.integrations.pagerduty.PagerDutyException} or
 * {@link dev.firebreak.integrations.pagerduty.MalformedWebhookException}.
 */
package dev.firebreak.integrations.pagerduty;
