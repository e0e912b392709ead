/**
 * The incident domain: incidents, severity, status, roles, participants and the append-only timeline.
 *
 * <p>It talks to the outside world only through ports such as {@link dev.firebreak.incident.Chat}; it must not
 * import Slack or any other vendor SDK (enforced by an ArchUnit test).
 */
package dev.firebreak.incident;
