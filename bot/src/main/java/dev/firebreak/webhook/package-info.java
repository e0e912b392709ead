/**
 * The one intake of webhooks ({@code POST /webhooks/<source>}): the order of checks, storing each delivery once with
 * its secrets masked, and answering. Each sender adds a small {@link dev.firebreak.webhook.WebhookSource} in its own
 * package. Micronaut HTTP lives here, not in the domain.
 */
package dev.firebreak.webhook;
