/**
 * Webhook deliveries (PagerDuty, Alertmanager): each is stored before it is answered, processed once as a durable
 * job, and a retried delivery of the same event is recognised by its delivery id.
 */
package dev.firebreak.inbound;
