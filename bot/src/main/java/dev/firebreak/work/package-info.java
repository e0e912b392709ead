/**
 * Durable background work on db-scheduler, in the same database as the incidents: every chat or vendor call made
 * after a user or webhook has been answered is a job here, retried with backoff until it succeeds and safe across
 * restarts and replicas.
 */
package dev.firebreak.work;
