package dev.firebreak.integrations.kubernetes.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every analyzer, in one list, core apart from opt-in (k8sgpt's coreAnalyzerMap / additionalAnalyzerMap). Core ones
 * need only what the shipped RBAC grants (core/v1 and apps); opt-in ones read batch, networking or autoscaling, and
 * run only when named in {@code firebreak.kubernetes.analysis.opt-in} after that RBAC is granted.
 */
public final class AnalyzerRegistry {
    private final Map<String, Analyzer> all = new LinkedHashMap<>();
    private final Set<String> enabledOptIn;

    /** All built-in analyzers; the named opt-in ones enabled. Refuses names it does not know, so typos show early. */
    public AnalyzerRegistry(Collection<String> optIn) {
        this(optIn, List.of());
    }

    /** Test seam: extra analyzers (e.g. one that throws) registered after the built-in ones. */
    AnalyzerRegistry(Collection<String> optIn, List<Analyzer> extra) {
        List<Analyzer> analyzers = new ArrayList<>(builtIn());
        analyzers.addAll(extra);
        for (Analyzer a : analyzers) {
            if (all.putIfAbsent(a.name(), a) != null) {
                throw new IllegalStateException("two analyzers named " + a.name());
            }
        }
        Set<String> unknown = new TreeSet<>(optIn);
        unknown.removeAll(optInNames());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown opt-in analyzer(s) " + unknown + " in "
                    + AnalysisSettings.PREFIX + ".opt-in; known: " + optInNames());
        }
        enabledOptIn = Set.copyOf(optIn);
    }

    private static List<Analyzer> builtIn() {
        return List.of(
                // Pods, one failure class each.
                new PendingPodAnalyzer(), new CrashLoopAnalyzer(), new ImagePullAnalyzer(),
                new InvalidImageNameAnalyzer(), new ContainerConfigAnalyzer(), new OomKilledAnalyzer(),
                new EvictedPodAnalyzer(), new ProbeFailureAnalyzer(), new ContainerCreatingAnalyzer(),
                new InitContainerAnalyzer(),
                // Workloads, networking, storage, nodes.
                new DeploymentAnalyzer(), new ReplicaSetAnalyzer(), new StatefulSetAnalyzer(), new DaemonSetAnalyzer(),
                new ServiceAnalyzer(), new PvcAnalyzer(), new NodeAnalyzer(),
                // Opt-in: need RBAC beyond the shipped ClusterRole.
                new JobAnalyzer(), new CronJobAnalyzer(), new IngressAnalyzer(), new HpaAnalyzer());
    }

    /** Core analyzers plus the enabled opt-in ones, in registration order. */
    public List<Analyzer> enabled() {
        return all.values().stream().filter(a -> a.core() || enabledOptIn.contains(a.name())).toList();
    }

    public Set<String> coreNames() {
        return names(true);
    }

    public Set<String> optInNames() {
        return names(false);
    }

    private Set<String> names(boolean core) {
        return new TreeSet<>(all.values().stream().filter(a -> a.core() == core).map(Analyzer::name).toList());
    }
}
