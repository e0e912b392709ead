package dev.firebreak.runbook;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads {@code allowed} and {@code approvers}: the word {@code everyone}, or Slack user and user-group ids. */
final class AudienceParser {
    private static final List<String> KEYS = List.of("users", "groups");
    private static final Pattern USER_ID = Pattern.compile("[UW][A-Z0-9]{2,20}");
    private static final Pattern GROUP_ID = Pattern.compile("S[A-Z0-9]{2,20}");

    private AudienceParser() { }

    static Optional<Audience> parse(Node node, String key, Problems problems) {
        if (node instanceof ScalarNode) {
            if (((ScalarNode) node).getValue().equals("everyone")) return Optional.of(Audience.EVERYONE);
            problems.at(node, key + " must be \"everyone\" or a mapping with users and groups");
            return Optional.empty();
        }
        Optional<YamlMap> map = YamlMap.read(node, key, KEYS, problems);
        if (map.isEmpty()) return Optional.empty();
        Set<String> users = ids(map.get(), "users", USER_ID, "a Slack user id (U... or W...)", problems);
        Set<String> groups = ids(map.get(), "groups", GROUP_ID, "a Slack user group id (S...)", problems);
        if (users == null || groups == null) return Optional.empty();
        if (users.isEmpty() && groups.isEmpty()) {
            // an empty list would lock everyone out without saying so; omitting the key is the way to say "anyone"
            problems.at(node, key + " lists no users and no groups" + (key.equals("allowed")
                    ? "; omit it (or write \"everyone\") to let anyone run the runbook" : ""));
            return Optional.empty();
        }
        return Optional.of(new Audience(false, users, groups));
    }

    /** The ids under {@code key}, or null when any is malformed. */
    private static Set<String> ids(YamlMap map, String key, Pattern pattern, String what, Problems problems) {
        Set<String> ids = new LinkedHashSet<>();
        if (map.get(key).isEmpty()) return ids;
        Node listNode = map.get(key).get();
        Optional<List<Node>> nodes = YamlValues.list(listNode, null, key, problems);
        if (nodes.isEmpty()) return null;
        boolean ok = true;
        for (Node n : nodes.get()) {
            Optional<String> id = YamlValues.text(n, null, key + " entries", problems);
            if (id.isPresent() && !pattern.matcher(id.get()).matches()) {
                problems.at(n, ValueRules.show(id.get()) + " is not " + what);
                ok = false;
            }
            ok &= id.isPresent();
            id.ifPresent(ids::add);
        }
        return ok ? ids : null;
    }
}
