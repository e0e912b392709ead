/**
 * Slack integration: Bolt wiring for HTTP and Socket Mode, and the Slack Web API calls Firebreak makes.
 *
 * <p>Depends on the Slack SDK and Micronaut only; it knows nothing about incidents. The bot registers its
 * handlers through {@link dev.firebreak.integrations.slack.SlackHandlers} beans.
 */
package dev.firebreak.integrations.slack;
