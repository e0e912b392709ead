/**
 * Postmortems and corrective actions: the draft assembled from the incident record (optionally narrated by a
 * language model on redacted evidence), filed in the tracker once and updated after, and actions tracked to done
 * with reminders when overdue. Talks to the tracker through {@link dev.firebreak.postmortem.IssueTracker} and to
 * durable work through {@link dev.firebreak.postmortem.PostmortemJobs}; may depend on the incident, diagnostics and
 * summary packages, never on a vendor SDK.
 */
package dev.firebreak.postmortem;
