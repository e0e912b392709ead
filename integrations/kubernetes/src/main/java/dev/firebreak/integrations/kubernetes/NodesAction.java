package dev.firebreak.integrations.kubernetes;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeCondition;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Taint;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code nodes}: Ready and the pressure conditions (others, e.g. from node-problem-detector, are left out as noise),
 * allocatable cpu/memory, cordon and taints. Unhealthy conditions get their reason and message on a line of their own.
 */
final class NodesAction implements Action {
    static final List<String> CONDITIONS =
            List.of("Ready", "MemoryPressure", "DiskPressure", "PIDPressure", "NetworkUnavailable");
    private static final Set<String> ROLE_PREFIXES = Set.of("node-role.kubernetes.io/");

    @Override
    public String name() {
        return "nodes";
    }

    @Override
    public void run(ActionContext ctx, Output out) {
        List<Node> nodes;
        var op = ctx.client().nodes();
        if (ctx.name("node").isPresent()) {
            Node node = op.withName(ctx.name("node").get()).get();
            if (node == null) {
                out.line("node " + ctx.name("node").get() + " not found");
                return;
            }
            nodes = List.of(node);
        } else {
            nodes = op.list().getItems().stream().sorted(Comparator.comparing(n -> n.getMetadata().getName()))
                    .toList();
        }
        if (nodes.isEmpty()) {
            out.line("no nodes visible");
        }
        for (Node node : nodes) {
            describe(node, ctx, out);
        }
    }

    private static void describe(Node node, ActionContext ctx, Output out) {
        List<NodeCondition> conditions = node.getStatus() == null || node.getStatus().getConditions() == null
                ? List.of() : node.getStatus().getConditions().stream()
                        .filter(c -> CONDITIONS.contains(c.getType()))
                        .sorted(Comparator.comparingInt(c -> CONDITIONS.indexOf(c.getType()))).toList();
        Map<String, Quantity> allocatable = node.getStatus() == null ? null : node.getStatus().getAllocatable();
        boolean cordoned = node.getSpec() != null && Boolean.TRUE.equals(node.getSpec().getUnschedulable());
        out.line("node " + node.getMetadata().getName() + " roles=" + roles(node)
                + " " + conditions.stream().map(c -> c.getType() + "=" + c.getStatus()).collect(Collectors.joining(" "))
                + " allocatable cpu=" + quantity(allocatable, "cpu") + " memory=" + quantity(allocatable, "memory")
                + " unschedulable=" + cordoned + " age=" + Text.age(node.getMetadata().getCreationTimestamp(),
                        ctx.now()));
        for (NodeCondition c : conditions) {
            if (unhealthy(c)) {
                out.line("  " + c.getType() + "=" + c.getStatus() + " " + Text.or(c.getReason(), "-") + ": "
                        + Text.or(c.getMessage(), "") + " (since " + Text.ago(c.getLastTransitionTime(), ctx.now())
                        + ")");
            }
        }
        List<Taint> taints = node.getSpec() == null || node.getSpec().getTaints() == null ? List.of()
                : node.getSpec().getTaints();
        if (!taints.isEmpty()) {
            out.line("  taints: " + taints.stream().map(t -> t.getKey() + (t.getValue() == null ? "" : "="
                    + t.getValue()) + ":" + t.getEffect()).collect(Collectors.joining(", ")));
        }
    }

    // Ready should be True; the pressure conditions and NetworkUnavailable should be False.
    static boolean unhealthy(NodeCondition c) {
        return "Ready".equals(c.getType()) ? !"True".equals(c.getStatus()) : !"False".equals(c.getStatus());
    }

    private static String roles(Node node) {
        Map<String, String> labels = node.getMetadata().getLabels();
        if (labels == null) {
            return "-";
        }
        String roles = labels.keySet().stream().filter(k -> ROLE_PREFIXES.stream().anyMatch(k::startsWith))
                .map(k -> k.substring(k.indexOf('/') + 1)).sorted().collect(Collectors.joining(","));
        return roles.isEmpty() ? "-" : roles;
    }

    private static String quantity(Map<String, Quantity> map, String key) {
        return map == null || map.get(key) == null ? "-" : map.get(key).toString();
    }
}
