/**
 * Running Firebreak in production: gauges read from the database, readiness, graceful shutdown of the webhooks and
 * the job engine, and the log context of jobs. May depend on anything; nothing in the domain depends on it.
 */
package dev.firebreak.ops;
