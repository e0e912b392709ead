package dev.firebreak.integrations.kubernetes.analysis;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One failing object and why. {@code failureClass} is one of {@link FailureClasses}; {@code namespace} is null for
 * cluster-scoped objects (nodes); {@code since} is the earliest time the failure is evidenced (a container's finish
 * time, a condition's transition, an event's first occurrence), null when nothing dates it; {@code suggestedRunbook}
 * is a runbook name (crashloop, rollout, pending-pods, oom, service-endpoints, node-pressure, pvc-stuck,
 * recent-changes) or null. {@code cause} is the root cause when the analyzer can name it (the container's last error
 * line, the scheduler's reason, the probe's message), null otherwise; {@code owner} is the workload the object
 * belongs to ({@code Deployment shop/api} for its pods), set by {@link ClusterAnalysis}. Summary, cause and evidence
 * are redacted by {@link ClusterAnalysis} before they are returned.
 */
public record Finding(String cluster, String kind, String namespace, String name, String failureClass,
        FindingSeverity severity, Instant since, String summary, List<String> evidence, String suggestedRunbook,
        String cause, String owner) {

    public Finding(String cluster, String kind, String namespace, String name, String failureClass,
            FindingSeverity severity, Instant since, String summary, List<String> evidence, String suggestedRunbook) {
        this(cluster, kind, namespace, name, failureClass, severity, since, summary, evidence, suggestedRunbook, null,
                null);
    }

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(failureClass, "failureClass");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(summary, "summary");
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    Finding withCause(String text) {
        return new Finding(cluster, kind, namespace, name, failureClass, severity, since, summary, evidence,
                suggestedRunbook, text, owner);
    }

    /** {@code Pod shop/api-1} or {@code Node node-1}: how a finding names its object in text. */
    public String object() {
        return kind + " " + (namespace == null ? "" : namespace + "/") + name;
    }
}
