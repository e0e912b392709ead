package dev.firebreak.integrations.kubernetes.analysis;

/** How urgently a finding needs a human, most urgent first (the report sorts on this order). */
public enum FindingSeverity {
    /** Something is down or cannot start: no ready endpoints, a crash loop, a node NotReady. */
    CRITICAL,
    /** Degraded or at risk: fewer replicas than desired, node pressure, a failed job. */
    WARNING,
    /** Worth knowing while investigating, not a failure on its own: a suspended CronJob. */
    INFO
}
