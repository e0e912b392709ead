package dev.firebreak.runbook;

import java.io.Reader;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Parses one runbook file into a SnakeYAML node tree (which keeps line and column marks) and refuses the parts of
 * YAML a plain data file does not need: anchors and aliases (hidden sharing, alias bombs), merge keys, and tags other
 * than the standard scalar and collection ones. Nothing is ever constructed into Java objects from tags.
 */
final class SafeYaml {
    private static final Set<Tag> ALLOWED_TAGS = Set.of(Tag.STR, Tag.INT, Tag.BOOL, Tag.FLOAT, Tag.NULL,
            Tag.TIMESTAMP, Tag.SEQ, Tag.MAP);
    /** Runbooks are a few kilobytes; a much larger file is a mistake, not a runbook. */
    private static final int MAX_CODE_POINTS = 256 * 1024;

    private SafeYaml() { }

    /** The document's root node, or empty (with the reasons in {@code problems}) when it cannot be used. */
    static Optional<Node> compose(Reader reader, Problems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(MAX_CODE_POINTS);
        Node root;
        try {
            root = new Yaml(options).compose(reader);
        } catch (MarkedYAMLException e) {
            problems.at(e.getProblemMark(), "not valid YAML: " + e.getProblem());
            return Optional.empty();
        } catch (YAMLException e) {
            problems.at((Node) null, "not valid YAML: " + e.getMessage());
            return Optional.empty();
        }
        if (root == null) {
            problems.at((Node) null, "the file is empty");
            return Optional.empty();
        }
        Set<Node> refused = Collections.newSetFromMap(new IdentityHashMap<>());
        checkPlain(root, problems, refused);
        return refused.isEmpty() ? Optional.of(root) : Optional.empty();
    }

    private static void checkPlain(Node node, Problems problems, Set<Node> refused) {
        if (node.getAnchor() != null) {
            // an alias is the anchored node itself: report it once, and never walk into it (alias cycles start here)
            if (refused.add(node)) {
                problems.at(node, "anchors and aliases (&" + node.getAnchor() + ") are not allowed; write values out");
            }
            return;
        }
        if (!ALLOWED_TAGS.contains(node.getTag())) {
            if (refused.add(node)) {
                problems.at(node, "YAML tag " + shortName(node.getTag()) + " is not allowed; use plain values");
            }
            return;
        }
        if (node instanceof MappingNode) {
            for (NodeTuple t : ((MappingNode) node).getValue()) {
                checkPlain(t.getKeyNode(), problems, refused);
                checkPlain(t.getValueNode(), problems, refused);
            }
        } else if (node instanceof SequenceNode) {
            ((SequenceNode) node).getValue().forEach(n -> checkPlain(n, problems, refused));
        }
    }

    private static String shortName(Tag tag) {
        String value = tag.getValue();
        return value.startsWith(Tag.PREFIX) ? "!!" + value.substring(Tag.PREFIX.length()) : value;
    }
}
