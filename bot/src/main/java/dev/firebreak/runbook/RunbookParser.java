package dev.firebreak.runbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/** Reads and checks one runbook document; every problem is reported with its position before giving up. */
final class RunbookParser {
    static final Pattern ID = Pattern.compile("[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?");
    private static final List<String> KEYS = List.of("id", "title", "description", "clusters", "allowed",
            "approvers", "parameters", "steps");
    /** Kube context names: EKS ARNs, GKE's gke_project_zone_name, plain names. No spaces, no shell characters. */
    private static final Pattern CLUSTER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/@-]{0,252}");

    private RunbookParser() { }

    /** The runbook, or empty when the file has any problem (all of them are then in {@code problems}). */
    static Optional<Runbook> parse(Node root, String expectedId, Problems problems) {
        Optional<YamlMap> read = YamlMap.read(root, null, KEYS, problems);
        if (read.isEmpty()) return Optional.empty();
        YamlMap map = read.get();
        boolean complete = map.require(problems, "id", "title", "description", "clusters", "steps");
        Optional<String> id = map.text("id", problems);
        id.ifPresent(i -> checkId(i, expectedId, map.get("id").get(), problems));
        Optional<String> title = map.text("title", problems);
        Optional<String> description = map.text("description", problems);
        Optional<List<String>> clusters = map.get("clusters").flatMap(n -> clusters(n, problems));
        Optional<Audience> allowed = map.get("allowed").isPresent()
                ? AudienceParser.parse(map.get("allowed").get(), "allowed", problems) : Optional.of(Audience.EVERYONE);
        Optional<Audience> approvers = map.get("approvers").isPresent()
                ? AudienceParser.parse(map.get("approvers").get(), "approvers", problems) : Optional.of(Audience.NOBODY);
        Optional<List<Parameter>> parameters = map.get("parameters").isPresent()
                ? ParameterParser.parse(map.get("parameters").get(), problems) : Optional.of(List.of());
        Set<String> declaredNames = map.get("parameters").map(ParameterParser::declaredNames).orElse(Set.of());
        Optional<List<Step>> steps = map.get("steps").flatMap(n -> StepParser.parse(n,
                parameters.orElse(List.of()), declaredNames, problems));
        if (steps.isPresent() && approvers.isPresent() && approvers.get().isNobody()
                && steps.get().stream().anyMatch(Step::requiresApproval)) {
            problems.at(map.get("approvers").orElse(map.node()),
                    "some steps need approval, but approvers names no one who may give it");
        }
        if (!complete || !problems.isEmpty() || id.isEmpty() || title.isEmpty() || description.isEmpty()
                || clusters.isEmpty() || allowed.isEmpty() || approvers.isEmpty() || parameters.isEmpty()
                || steps.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Runbook(id.get(), title.get(), description.get(), clusters.get(), allowed.get(),
                approvers.get(), parameters.get(), steps.get(), problems.file()));
    }

    private static void checkId(String id, String expectedId, Node node, Problems problems) {
        if (!ID.matcher(id).matches()) {
            problems.at(node, "id " + ValueRules.show(id) + " must be lower-case letters, digits and '-'");
        } else if (!id.equals(expectedId)) {
            problems.at(node, "id \"" + id + "\" must equal the file name \"" + expectedId + "\"");
        }
    }

    private static Optional<List<String>> clusters(Node node, Problems problems) {
        Optional<List<Node>> nodes = YamlValues.list(node, null, "clusters", problems);
        if (nodes.isEmpty()) return Optional.empty();
        if (nodes.get().isEmpty()) {
            problems.at(node, "clusters is empty; list context names, or \"*\" for every allowed cluster");
            return Optional.empty();
        }
        List<String> clusters = new ArrayList<>();
        for (Node n : nodes.get()) {
            Optional<String> name = YamlValues.text(n, null, "clusters entries", problems);
            if (name.isEmpty()) continue;
            if (!name.get().equals(Runbook.ALL_CLUSTERS) && !CLUSTER.matcher(name.get()).matches()) {
                problems.at(n, "cluster " + ValueRules.show(name.get()) + " is not a context name");
            } else if (clusters.contains(name.get())) {
                problems.at(n, "cluster " + name.get() + " is listed twice");
            }
            clusters.add(name.get());
        }
        if (clusters.contains(Runbook.ALL_CLUSTERS) && clusters.size() > 1) {
            problems.at(node, "clusters: \"*\" already means every allowed cluster; list names or \"*\", not both");
        }
        return Optional.of(clusters);
    }
}
