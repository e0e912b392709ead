/**
 * The Slack side of the bot: the {@link dev.firebreak.incident.Chat} adapter and one Bolt handler per feature.
 * This is the only package of the bot that may use the Slack SDK.
 */
package dev.firebreak.slack;
