package dev.firebreak.integrations.kubernetes.analysis;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Nodes NotReady or under pressure (the kubelet's standard conditions only). node-problem-detector and others add
 * their own types (KernelDeadlock, FrequentKubeletRestart...) whose polarity we cannot know, so they stay quiet. For
 * a Deployment, only the nodes running its pods are looked at.
 */
final class NodeAnalyzer implements Analyzer {
    static final String KIND = "Node";
    /** Standard condition types that are a failure when True. */
    static final Map<String, String> PRESSURE = Map.of("MemoryPressure", FailureClasses.MEMORY_PRESSURE,
            "DiskPressure", FailureClasses.DISK_PRESSURE, "PIDPressure", FailureClasses.PID_PRESSURE,
            "NetworkUnavailable", FailureClasses.NETWORK_UNAVAILABLE);

    @Override
    public String name() {
        return "nodes";
    }

    @Override
    public boolean core() {
        return true;
    }

    @Override
    public List<Finding> analyze(AnalysisScope scope) {
        Set<String> hosting = scope.target().all() ? null : scope.pods().stream()
                .map(Pod::getSpec).filter(s -> s != null && s.getNodeName() != null).map(s -> s.getNodeName())
                .collect(Collectors.toSet());
        List<Finding> findings = new ArrayList<>();
        // Nodes are cluster-scoped: listed once whatever the namespace.
        List<Node> nodes = scope.memo("nodes", () -> scope.client().nodes().list().getItems());
        for (Node node : nodes) {
            if (hosting != null && !hosting.contains(node.getMetadata().getName())) {
                continue;
            }
            Conditions conditions = Conditions.of(node.getStatus() == null ? null : node.getStatus().getConditions(),
                    c -> new Conditions.Condition(c.getType(), c.getStatus(), c.getReason(), c.getMessage(),
                            Times.parse(c.getLastTransitionTime())));
            Conditions.Condition ready = conditions.get("Ready");
            if (ready != null && !ready.is("True")) {
                findings.add(Findings.of(scope, KIND, node, FailureClasses.NODE_NOT_READY, FindingSeverity.CRITICAL,
                        ready.lastTransition(), "node is NotReady (" + ready.status() + ")",
                        List.of(ready.describe()), "node-pressure"));
            }
            for (Conditions.Condition c : conditions.all()) {
                if (PRESSURE.containsKey(c.type()) && c.is("True")) {
                    findings.add(Findings.of(scope, KIND, node, PRESSURE.get(c.type()), FindingSeverity.WARNING,
                            c.lastTransition(), "node has " + c.type(), List.of(c.describe()), "node-pressure"));
                }
            }
        }
        return findings;
    }
}
