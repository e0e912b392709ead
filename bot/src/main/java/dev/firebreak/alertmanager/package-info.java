/**
 * Alertmanager webhook (v4) intake: one incident per alert group, later notifications of the group add their alerts
 * to its timeline.
 */
package dev.firebreak.alertmanager;
