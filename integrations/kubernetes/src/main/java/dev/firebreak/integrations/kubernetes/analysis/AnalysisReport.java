package dev.firebreak.integrations.kubernetes.analysis;

import java.time.Duration;
import java.util.List;

/**
 * What {@link ClusterAnalysis#analyze} found: findings (most severe first, then oldest first), recent changes (newest
 * first, each flagged when it precedes the first failure), the analyzers that failed or timed out
 * ({@code "jobs: access denied ..."}), and how long the whole analysis took. Empty findings with errors mean
 * "unknown", not "healthy". When the analysis was narrowed to a name, {@code targets} are the workloads it resolved to
 * ({@code StatefulSet shop/db}) and {@code pods} their pods, failing ones first: whose logs to read.
 */
public record AnalysisReport(List<Finding> findings, List<Change> recentChanges, List<String> analyzerErrors,
        Duration took, List<String> targets, List<String> pods) {

    public AnalysisReport {
        findings = List.copyOf(findings);
        recentChanges = List.copyOf(recentChanges);
        analyzerErrors = List.copyOf(analyzerErrors);
        targets = List.copyOf(targets);
        pods = List.copyOf(pods);
    }

    /** The changes made before the first failure: the first thing to look at. */
    public List<Change> changesBeforeFailure() {
        return recentChanges.stream().filter(Change::precedesFailure).toList();
    }
}
