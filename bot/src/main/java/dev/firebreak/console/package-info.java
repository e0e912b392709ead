/**
 * The read-only web console at {@code /}: incident list, incident page with its live timeline, and numbers.
 * Server-rendered with Thymeleaf (escaping by default); front-end libraries come from WebJars inside the jar.
 * Sign-in is by API token (or a one-time link) into a short signed cookie session; which incidents a viewer may
 * see is decided by {@link dev.firebreak.console.ConsoleAccess}. May depend on the domain packages and Micronaut
 * HTTP/Views; nothing in the domain depends on it.
 */
package dev.firebreak.console;
