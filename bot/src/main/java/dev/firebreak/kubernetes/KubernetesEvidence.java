package dev.firebreak.kubernetes;

import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.integrations.kubernetes.ActionRequest;
import dev.firebreak.integrations.kubernetes.ClusterActions;
import dev.firebreak.integrations.kubernetes.ClusterException;
import dev.firebreak.integrations.kubernetes.Clusters;
import dev.firebreak.integrations.kubernetes.PodLogLines;
import dev.firebreak.integrations.kubernetes.analysis.AnalysisReport;
import dev.firebreak.integrations.kubernetes.analysis.ClusterAnalysis;
import dev.firebreak.logs.BatchTemplateMiner;
import dev.firebreak.logs.RankedTemplate;
import dev.firebreak.summary.Evidence;
import dev.firebreak.summary.EvidenceSource;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Evidence from the cluster the incident points at: analyzer findings and recent changes, the workload's logs mined
 * into templates, and the namespace's warning events. What cannot be reached is reported, not thrown.
 */
@Singleton
class KubernetesEvidence implements EvidenceSource {
    private static final int LOG_TAIL = 500;
    private static final int MAX_LOG_PODS = 3;
    /** Alert labels naming a workload, as kube-state-metrics and most alert rules spell them; any kind resolves. */
    private static final List<String> WORKLOAD_LABELS = List.of("deployment", "statefulset", "daemonset", "cronjob",
            "job_name", "pod");
    private static final int TOP_TEMPLATES = 8;
    private static final int MAX_EVENTS = 10;

    private final ClusterAnalysis analysis;
    private final ClusterActions actions;
    private final Clusters clusters;
    private final IncidentService incidents;

    KubernetesEvidence(ClusterAnalysis analysis, ClusterActions actions, Clusters clusters, IncidentService incidents) {
        this.analysis = analysis;
        this.actions = actions;
        this.clusters = clusters;
        this.incidents = incidents;
    }

    @Override
    public Evidence gather(Incident incident, @Nullable String namespace, @Nullable String workload) {
        return gather(incidents.labels(incident.id()), namespace, workload);
    }

    /** Evidence where the labels (an alert's) or the explicit target point; the target wins. */
    Evidence gather(Map<String, String> labels, @Nullable String namespace, @Nullable String workload) {
        String ns = namespace != null ? namespace : labels.get("namespace");
        String wl = workload != null ? workload : namespace != null ? null : WORKLOAD_LABELS.stream()
                .map(labels::get).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        String scope = ns == null ? "the cluster" : wl == null ? ns : ns + "/" + wl;
        List<String> problems = new ArrayList<>();
        String cluster = labels.containsKey("cluster") && clusters.allowed(labels.get("cluster"))
                ? labels.get("cluster") : clusters.names().stream().findFirst().orElse(null);
        if (cluster == null) {
            return new Evidence(scope, List.of(), List.of(), List.of(), List.of(),
                    List.of("no usable Kubernetes cluster (FIREBREAK_CLUSTERS / kubeconfig)"), new Evidence.Location(null, ns, wl));
        }
        // Said once, up front, rather than by each read that the cluster adapter would refuse anyway.
        java.util.Optional<String> refused = clusters.namespaceRefusal(cluster, ns);
        if (refused.isPresent()) {
            return new Evidence(scope, List.of(), List.of(), List.of(), List.of(), List.of(refused.get()),
                    new Evidence.Location(cluster, ns, wl));
        }
        List<Evidence.Failure> failures = new ArrayList<>();
        List<Evidence.Change> changes = new ArrayList<>();
        List<String> pods = List.of();
        try {
            AnalysisReport report = analysis.analyze(cluster, ns, wl);
            report.findings().forEach(f -> failures.add(new Evidence.Failure(f.object(), f.failureClass(),
                    f.severity().name(), f.since(), f.summary(), f.evidence(), f.suggestedRunbook(), f.cause(),
                    f.owner() == null ? f.object() : f.owner())));
            report.recentChanges().forEach(c -> changes.add(new Evidence.Change(c.kind() + " "
                    + (c.namespace() == null ? "" : c.namespace() + "/") + c.name(), c.at(), c.description(),
                    c.precedesFailure(), c.initial())));
            problems.addAll(report.analyzerErrors());
            pods = report.pods();
        } catch (ClusterException e) {
            problems.add("analysis of " + cluster + ": " + e.getMessage());
        }
        List<Evidence.LogPattern> patterns = ns != null && wl != null ? logPatterns(cluster, ns, pods, problems) : List.of();
        List<String> events = ns != null ? warningEvents(cluster, ns, problems) : List.of();
        return new Evidence(scope, failures, patterns, events, changes, problems, new Evidence.Location(cluster, ns, wl));
    }

    /**
     * The logs of the workload's pods (failing ones first), current and previous run, mined into templates. Only the
     * pods' own lines are mined: what the logs action says about them (not found, no previous run) is not theirs.
     */
    private List<Evidence.LogPattern> logPatterns(String cluster, String ns, List<String> pods, List<String> problems) {
        List<String> lines = new ArrayList<>();
        for (String pod : pods.subList(0, Math.min(MAX_LOG_PODS, pods.size()))) {
            for (String previous : new String[] {"false", "true"}) {
                Map<String, String> args = new LinkedHashMap<>();
                args.put("namespace", ns);
                args.put("pod", pod);
                args.put("tailLines", String.valueOf(LOG_TAIL));
                args.put("previous", previous);
                try {
                    PodLogLines.split(actions.run(ActionRequest.of(cluster, "logs", args)).lines(), lines::add,
                            notice -> {
                                if (!"true".equals(previous) || !PodLogLines.noPreviousRun(notice)) {
                                    problems.add("logs of " + ns + "/" + pod + ": " + notice);
                                }
                            });
                } catch (ClusterException e) {
                    problems.add("logs of " + ns + "/" + pod + ": " + e.getMessage());
                }
            }
        }
        // The batch miner sees all the lines at once, which is what groups them best (see Log template mining).
        return BatchTemplateMiner.mine(lines, BatchTemplateMiner.DEFAULT_SPLIT_VALUES).ranked().stream().limit(TOP_TEMPLATES)
                .map(r -> pattern(r)).collect(Collectors.toList());
    }

    private static Evidence.LogPattern pattern(RankedTemplate r) {
        return new Evidence.LogPattern(r.template().count(), r.template().level().name(), r.template().template(), r.newInWindow());
    }

    private List<String> warningEvents(String cluster, String ns, List<String> problems) {
        try {
            List<String> lines = actions.run(ActionRequest.of(cluster, "events", Map.of("namespace", ns, "since", "1h"))).lines();
            List<String> warnings = lines.stream().filter(l -> l.contains(" Warning ")).collect(Collectors.toList());
            return warnings.subList(Math.max(0, warnings.size() - MAX_EVENTS), warnings.size());
        } catch (ClusterException e) {
            problems.add("events of " + ns + ": " + e.getMessage());
            return List.of();
        }
    }
}
