/**
 * The retry policy every vendor REST client shares: how many attempts, how long to wait between them (doubling, with
 * jitter), and honouring a server's {@code Retry-After}. Plain Java; no HTTP library.
 */
package dev.firebreak.integrations.http;
