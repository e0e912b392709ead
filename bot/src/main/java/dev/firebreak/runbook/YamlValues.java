package dev.firebreak.runbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Reads typed values from YAML nodes, reporting a wrong shape at the node instead of guessing. */
final class YamlValues {
    private YamlValues() { }

    /** Prefixes a reason with where it applies, e.g. {@code step "logs": ...}; top-level reasons have no prefix. */
    static String say(String where, String reason) {
        return where == null ? reason : where + ": " + reason;
    }

    /**
     * The text under {@code key} of a mapping node without checking anything, to name the thing being read (e.g.
     * {@code step "logs"}) in errors found while reading it.
     */
    static Optional<String> peek(Node node, String key) {
        if (!(node instanceof MappingNode)) return Optional.empty();
        for (NodeTuple t : ((MappingNode) node).getValue()) {
            if (t.getKeyNode() instanceof ScalarNode && ((ScalarNode) t.getKeyNode()).getValue().equals(key)
                    && t.getValueNode() instanceof ScalarNode) {
                return Optional.of(((ScalarNode) t.getValueNode()).getValue());
            }
        }
        return Optional.empty();
    }

    /** {@code step "logs"}: what is being read, for error prefixes; odd names are shown escaped. */
    static String named(String kind, String name) {
        String shown = ValueRules.show(name);
        return kind + " " + (shown.startsWith("\"") ? shown : "\"" + shown + "\"");
    }

    /** A scalar's text; numbers and booleans count as their written text (so {@code tailLines: 100} is "100"). */
    static Optional<String> text(Node node, String where, String key, Problems problems) {
        if (!(node instanceof ScalarNode)) {
            problems.at(node, say(where, key + " must be a single value, not a " + shape(node)));
            return Optional.empty();
        }
        if (node.getTag().equals(Tag.NULL) || ((ScalarNode) node).getValue().isBlank()) {
            problems.at(node, say(where, key + " must not be empty"));
            return Optional.empty();
        }
        return Optional.of(((ScalarNode) node).getValue());
    }

    /** Only {@code true} or {@code false}: YAML 1.1's yes/no/on/off read too easily as text. */
    static Optional<Boolean> bool(Node node, String where, String key, Problems problems) {
        if (node instanceof ScalarNode) {
            String v = ((ScalarNode) node).getValue();
            if (v.equals("true") || v.equals("false")) return Optional.of(Boolean.parseBoolean(v));
        }
        problems.at(node, say(where, key + " must be true or false"));
        return Optional.empty();
    }

    static Optional<Long> whole(Node node, String where, String key, Problems problems) {
        if (node instanceof ScalarNode && ((ScalarNode) node).getValue().matches("-?[0-9]{1,18}")) {
            return Optional.of(Long.parseLong(((ScalarNode) node).getValue()));
        }
        problems.at(node, say(where, key + " must be a whole number"));
        return Optional.empty();
    }

    static Optional<List<Node>> list(Node node, String where, String key, Problems problems) {
        if (node instanceof SequenceNode) return Optional.of(((SequenceNode) node).getValue());
        problems.at(node, say(where, key + " must be a list"));
        return Optional.empty();
    }

    /** A list of texts; empty when the node is not a list or any element is not a text. */
    static Optional<List<String>> texts(Node node, String where, String key, Problems problems) {
        Optional<List<Node>> nodes = list(node, where, key, problems);
        if (nodes.isEmpty()) return Optional.empty();
        List<String> out = new ArrayList<>();
        boolean ok = true;
        for (Node n : nodes.get()) {
            Optional<String> t = text(n, where, key + " entries", problems);
            ok &= t.isPresent();
            t.ifPresent(out::add);
        }
        return ok ? Optional.of(out) : Optional.empty();
    }

    private static String shape(Node node) {
        return node instanceof SequenceNode ? "list" : "mapping";
    }
}
