package dev.firebreak.integrations.kubernetes.analysis;

import java.util.List;

/**
 * One failure class (k8sgpt's {@code Analyze()}): looks at the objects in the scope and returns a finding per failing
 * object. Throwing is fine: {@link ClusterAnalysis} reports the error and keeps the other analyzers' findings.
 * Implementations return raw text; redaction, sorting and timeouts are done once, by the facade.
 */
public interface Analyzer {
    /** Stable, kebab-case ({@code pods-crashloop}); used in errors and to enable opt-in analyzers. */
    String name();

    /** Core analyzers always run; opt-in ones only when listed in {@code firebreak.kubernetes.analysis.opt-in}. */
    boolean core();

    List<Finding> analyze(AnalysisScope scope);
}
