/**
 * {@code java -jar firebreak.jar demo}: Firebreak with Slack, PagerDuty, Jira and a cluster emulated in the same
 * process, playing one incident through the real HTTP endpoints. Every bean here requires
 * {@code firebreak.demo.enabled}, so nothing of it exists in a normal start.
 */
package dev.firebreak.demo;
