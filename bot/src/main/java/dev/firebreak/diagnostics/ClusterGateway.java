package dev.firebreak.diagnostics;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The clusters runbook steps run against. Implementations throw {@link ClusterFailure}. */
public interface ClusterGateway {

    record StepOutput(List<String> lines, boolean truncated, Duration took) {}

    /** Runs one action; output is already redacted and capped. */
    StepOutput run(String cluster, String action, Map<String, String> args);

    /** The clusters Firebreak may use (FIREBREAK_CLUSTERS). */
    List<String> clusters();

    Optional<String> defaultCluster();
}
