package dev.firebreak.integrations.kubernetes.analysis;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.time.Instant;
import java.util.List;

/** Builds a {@link Finding} for an API object, so analyzers only say what is wrong. */
final class Findings {
    private Findings() {}

    // The kind is passed in, not read from the object: list items from a real API server carry no kind.
    static Finding of(AnalysisScope scope, String kind, HasMetadata object, String failureClass,
            FindingSeverity severity, Instant since, String summary, List<String> evidence, String runbook) {
        return new Finding(scope.cluster(), kind, object.getMetadata().getNamespace(), object.getMetadata().getName(),
                failureClass, severity, since, summary, evidence, runbook);
    }
}
