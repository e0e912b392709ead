/**
 * Kubernetes integration: the read-only diagnostic actions runbooks are built from (pods, events, logs, rollout,
 * nodes, endpoints, pvcs, resources, metrics, recent-changes) and three mutating ones flagged for approval
 * (rollout-restart, scale, cordon).
 *
 * <p>Public surface: {@link dev.firebreak.integrations.kubernetes.ClusterActions} (run an {@code ActionRequest}, get
 * an {@code ActionOutput} of plain text lines), {@link dev.firebreak.integrations.kubernetes.Clusters},
 * {@link dev.firebreak.integrations.kubernetes.ClusterSettings}, the action name enums, the exceptions and
 * {@link dev.firebreak.integrations.kubernetes.Redactor}. Every action is one package-private class behind
 * {@code Action}; fabric8 types stay inside this package (the {@code Clusters} test seam is the one exception).
 *
 * <p>Rules kept here, not by callers: Secret objects are never read; env values are never printed; every line goes
 * through the {@code Redactor}; output is capped in lines and bytes; each step runs under a timeout. May depend on
 * Micronaut (inject, runtime) and the fabric8 Kubernetes client only; it knows nothing about incidents or Slack.
 */
package dev.firebreak.integrations.kubernetes;
