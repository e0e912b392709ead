package dev.firebreak.integrations.kubernetes.analysis;

import dev.firebreak.integrations.kubernetes.ClusterSettings;
import dev.firebreak.integrations.kubernetes.Clusters;
import dev.firebreak.integrations.kubernetes.InvalidActionRequestException;
import dev.firebreak.integrations.kubernetes.Redactor;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every enabled analyzer over a cluster, namespace or named workload, in parallel under one deadline, and returns
 * what they found with the recent changes around the first failure. An analyzer that fails or times out is reported
 * in {@link AnalysisReport#analyzerErrors()}; the others' findings still count. Everything textual is redacted here,
 * once, so no analyzer can forget to.
 */
@Singleton
public class ClusterAnalysis implements AutoCloseable {
    /** Changes this long before the first failure are still shown, and anything in the last {@link #RECENT}. */
    static final Duration BEFORE_FAILURE = Duration.ofHours(1);
    static final Duration RECENT = Duration.ofHours(2);
    private static final Logger LOG = LoggerFactory.getLogger(ClusterAnalysis.class);
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern SUBDOMAIN =
            Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::since, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Finding::object).thenComparing(Finding::failureClass);

    private final Clusters clusters;
    private final Redactor redactor;
    private final AnalyzerRegistry registry;
    private final Duration timeout;
    private final Clock clock;
    private final AnalysisPool pool = new AnalysisPool();

    @Inject
    public ClusterAnalysis(Clusters clusters, ClusterSettings settings, AnalysisSettings analysis, Redactor redactor) {
        this(clusters, redactor, new AnalyzerRegistry(analysis.optIn()), settings.stepTimeout(), Clock.systemUTC());
    }

    /** Test seam: a registry with extra analyzers, a short timeout, a fixed clock. */
    ClusterAnalysis(Clusters clusters, Redactor redactor, AnalyzerRegistry registry, Duration timeout, Clock clock) {
        this.clusters = clusters;
        this.redactor = redactor;
        this.registry = registry;
        this.timeout = timeout;
        this.clock = clock;
    }

    /**
     * Analyses {@code namespace} (null: all namespaces), narrowed to the workload named {@code workload}
     * (of any kind, or a pod of it) when not null.
     * Throws {@link InvalidActionRequestException} for a cluster that is not allowed or a malformed name; API errors
     * do not throw, they become analyzer errors.
     */
    public AnalysisReport analyze(String cluster, String namespace, String workload) {
        check(cluster, "namespace", namespace, LABEL, 63);
        check(cluster, "workload", workload, SUBDOMAIN, 253);
        long start = System.nanoTime();
        AnalysisScope scope = new AnalysisScope(clusters.forNamespace(cluster, namespace), cluster, namespace, workload,
                clock.instant());
        Map<String, Future<List<Finding>>> running = new LinkedHashMap<>();
        for (Analyzer analyzer : registry.enabled()) {
            running.put(analyzer.name(), submit(() -> analyzer.analyze(scope)));
        }
        Future<List<Change>> changesRun = submit(() -> RecentChanges.collect(scope));
        long deadline = start + timeout.toNanos();
        List<Finding> findings = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        running.forEach((name, future) -> findings.addAll(await(name, future, deadline, errors)));
        List<Change> changes = await("recent-changes", changesRun, deadline, errors);
        List<String> targets = List.of();
        List<String> pods = List.of();
        try {
            String problem = scope.target().problem();
            if (problem != null) {
                errors.add(0, "workload: " + problem);
            }
            targets = scope.target().describe();
            pods = workload == null ? List.of() : failingFirst(scope.pods(), findings);
        } catch (RuntimeException e) {
            errors.add(0, AnalyzerErrors.describe("workload", e));
        }
        List<Finding> owned = findings.stream().map(f -> withOwner(scope, f)).toList();
        AnalysisReport report = report(owned, changes, errors, scope.now(), Duration.ofNanos(System.nanoTime()
                - start), targets, pods);
        LOG.info("cluster {} analysis of {}{} took {} ms: {} findings, {} recent changes, {} analyzer errors",
                cluster, namespace == null ? "all namespaces" : "namespace " + namespace,
                workload == null ? "" : " workload " + workload, report.took().toMillis(), report.findings().size(),
                report.recentChanges().size(), report.analyzerErrors().size());
        return report;
    }

    private AnalysisReport report(List<Finding> findings, List<Change> changes, List<String> errors, Instant now,
            Duration took, List<String> targets, List<String> pods) {
        List<Finding> sorted = findings.stream().sorted(ORDER).map(this::redact).toList();
        Instant firstFailure = Times.earliest(sorted.stream().map(Finding::since).toList());
        Instant from = firstFailure == null ? now.minus(RECENT)
                : Times.earliest(now.minus(RECENT), firstFailure.minus(BEFORE_FAILURE));
        List<Change> recent = changes.stream().filter(c -> !c.at().isBefore(from))
                .map(c -> c.withPrecedesFailure(firstFailure != null && !c.at().isAfter(firstFailure))
                        .withDescription(redactor.redact(c.description())))
                .toList();
        return new AnalysisReport(sorted, recent, errors.stream().map(redactor::redact).toList(), took, targets,
                pods);
    }

    private Finding redact(Finding f) {
        return new Finding(f.cluster(), f.kind(), f.namespace(), f.name(), f.failureClass(), f.severity(), f.since(),
                redactor.redact(f.summary()), redactor.redactLines(f.evidence()), f.suggestedRunbook(),
                f.cause() == null ? null : redactor.redact(f.cause()), f.owner());
    }

    /** The workload a finding's object belongs to, so a namespace's findings can be ranked by workload. */
    private static Finding withOwner(AnalysisScope scope, Finding f) {
        String owner = f.object();
        try {
            owner = Owners.find(scope, f.kind(), f.namespace(), f.name())
                    .map(o -> Owners.top(scope, new Owners.Owned(f.kind(), o)).describe()).orElse(owner);
        } catch (RuntimeException e) {
            LOG.debug("owner of {} not found", f.object(), e);
        }
        return new Finding(f.cluster(), f.kind(), f.namespace(), f.name(), f.failureClass(), f.severity(), f.since(),
                f.summary(), f.evidence(), f.suggestedRunbook(), f.cause(), owner);
    }

    private static List<String> failingFirst(List<io.fabric8.kubernetes.api.model.Pod> pods, List<Finding> findings) {
        java.util.Set<String> failing = new java.util.HashSet<>();
        findings.stream().filter(f -> "Pod".equals(f.kind())).forEach(f -> failing.add(f.name()));
        return pods.stream().map(p -> p.getMetadata().getName())
                .sorted(Comparator.comparing((String n) -> !failing.contains(n)).thenComparing(n -> n)).toList();
    }

    private <T> List<T> await(String name, Future<List<T>> future, long deadline, List<String> errors) {
        try {
            List<T> result = future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return result == null ? List.of() : result;
        } catch (TimeoutException e) {
            // Interrupts the worker so a hung request does not keep a pool thread; the client's timeout backs this.
            future.cancel(true);
            errors.add(AnalyzerErrors.timedOut(name, timeout));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            errors.add(name + ": interrupted");
        } catch (ExecutionException | RuntimeException e) {
            LOG.warn("analyzer {} failed", name, e instanceof ExecutionException ? e.getCause() : e);
            errors.add(AnalyzerErrors.describe(name, e));
        }
        return List.of();
    }

    // Namespaces are DNS-1123 labels, workload names subdomains; they come from alert labels, so are untrusted.
    private static void check(String cluster, String what, String value, Pattern syntax, int maxLength) {
        if (value != null && (value.length() > maxLength || !syntax.matcher(value).matches())) {
            String shown = value.length() > 80 ? value.substring(0, 80) + "…" : value;
            throw new InvalidActionRequestException(cluster, what + " must be a DNS-1123 name, got '" + shown + "'");
        }
    }

    /** Every analyzer that runs, for the record. */
    public List<String> analyzers() {
        return registry.enabled().stream().map(Analyzer::name).toList();
    }

    @PreDestroy
    @Override
    public void close() {
        pool.shutdownNow();
    }

    private <T> Future<List<T>> submit(Callable<List<T>> task) {
        try {
            return pool.submit(task);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new IllegalStateException("too many analyses running at once;"
                    + " try again shortly", e));
        }
    }
}
