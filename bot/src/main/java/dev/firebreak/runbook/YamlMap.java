package dev.firebreak.runbook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A YAML mapping read with a fixed set of known keys: unknown and duplicate keys are reported where they are written,
 * so a typo such as {@code requireApproval} can never silently mean "false".
 */
final class YamlMap {
    private final Node node;
    private final String where;
    private final Map<String, Node> values;

    private YamlMap(Node node, String where, Map<String, Node> values) {
        this.node = node;
        this.where = where;
        this.values = values;
    }

    /** Reads {@code node} as a mapping with keys from {@code known}; empty when it is not a mapping at all. */
    static Optional<YamlMap> read(Node node, String where, List<String> known, Problems problems) {
        return read(node, where, known, "key", problems);
    }

    /** As {@link #read(Node, String, List, Problems)}, calling the keys {@code noun} (e.g. "argument") in errors. */
    static Optional<YamlMap> read(Node node, String where, List<String> known, String noun, Problems problems) {
        if (!(node instanceof MappingNode)) {
            problems.at(node, YamlValues.say(where, "must be a mapping of keys to values"));
            return Optional.empty();
        }
        Map<String, Node> values = new LinkedHashMap<>();
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode)) {
                problems.at(keyNode, YamlValues.say(where, "keys must be plain words"));
                continue;
            }
            String key = ((ScalarNode) keyNode).getValue();
            if (values.containsKey(key)) {
                problems.at(keyNode, YamlValues.say(where, noun + " \"" + key + "\" appears twice"));
            } else if (!known.contains(key)) {
                problems.at(keyNode, YamlValues.say(where, "unknown " + noun + " \"" + key + "\""
                        + Levenshtein.hint(key, known) + "; known " + noun + "s: " + String.join(", ", known)));
            } else {
                values.put(key, tuple.getValueNode());
            }
        }
        return Optional.of(new YamlMap(node, where, values));
    }

    Node node() {
        return node;
    }

    Optional<Node> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** Reports each missing key at the start of the mapping; true when all are present. */
    boolean require(Problems problems, String... keys) {
        boolean all = true;
        for (String key : keys) {
            if (!values.containsKey(key)) {
                problems.at(node, YamlValues.say(where, "missing required key \"" + key + "\""));
                all = false;
            }
        }
        return all;
    }

    Optional<String> text(String key, Problems problems) {
        return get(key).flatMap(n -> YamlValues.text(n, where, key, problems));
    }

    Optional<Boolean> bool(String key, Problems problems) {
        return get(key).flatMap(n -> YamlValues.bool(n, where, key, problems));
    }

    Optional<Long> whole(String key, Problems problems) {
        return get(key).flatMap(n -> YamlValues.whole(n, where, key, problems));
    }

    Optional<List<String>> texts(String key, Problems problems) {
        return get(key).flatMap(n -> YamlValues.texts(n, where, key, problems));
    }
}
