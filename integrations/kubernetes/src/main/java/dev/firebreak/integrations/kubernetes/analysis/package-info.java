/**
 * Failure analysis of a cluster, namespace or deployment, after k8sgpt: one {@link
 * dev.firebreak.integrations.kubernetes.analysis.Analyzer} per failure class, listed in one {@link
 * dev.firebreak.integrations.kubernetes.analysis.AnalyzerRegistry} that separates core from opt-in analyzers, run by
 * {@link dev.firebreak.integrations.kubernetes.analysis.ClusterAnalysis}.
 *
 * <p>Public surface: {@code ClusterAnalysis}, {@code AnalysisReport}, {@code Finding}, {@code FindingSeverity},
 * {@code Change}, {@code FailureClasses}, {@code AnalysisSettings}; plain Java types only. {@code Analyzer} and
 * {@code AnalysisScope} are public so a test or a later module can add an analyzer, and are the only types here that
 * carry fabric8 classes. Analyzers are package-private.
 *
 * <p>Rules kept by the facade, not by each analyzer: every analyzer runs under one deadline; one that throws is
 * reported and the others still count; every summary, evidence line, change and error goes through the module's
 * {@code Redactor}. Secret objects are never read, not even their names. May depend on the parent package's public
 * types ({@code Clusters}, {@code ClusterSettings}, {@code Redactor}), Micronaut inject/runtime and fabric8.
 */
package dev.firebreak.integrations.kubernetes.analysis;
