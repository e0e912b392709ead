/**
 * PagerDuty in the bot: the {@link dev.firebreak.incident.Pager} adapter over the REST client, and V3 webhook intake
 * (an incident per PagerDuty incident, its lifecycle mirrored in the timeline and channel).
 */
package dev.firebreak.pagerduty;
