package dev.firebreak.runbook;

import dev.firebreak.runbook.ActionCatalog.ActionSpec;
import dev.firebreak.runbook.ActionCatalog.ArgSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the {@code steps} list: known action, accepted arguments with valid literals or references to declared
 * parameters of a fitting type, approval on mutating actions, and a {@code dependsOn} graph without unknown ids or
 * cycles.
 */
final class StepParser {
    private static final List<String> KEYS = List.of("id", "title", "action", "args", "dependsOn",
            "requiresApproval");

    private final Map<String, Parameter> parameters = new LinkedHashMap<>();
    /** Every name under parameters, also of declarations that failed (already reported; not reported again here). */
    private final Set<String> declaredNames;
    private final Problems problems;
    /** dependsOn entries with their nodes, checked once every step id is known. */
    private final Map<String, Map<String, Node>> dependsOn = new LinkedHashMap<>();

    private StepParser(List<Parameter> declared, Set<String> declaredNames, Problems problems) {
        declared.forEach(p -> parameters.put(p.name(), p));
        this.declaredNames = declaredNames;
        this.problems = problems;
    }

    static Optional<List<Step>> parse(Node node, List<Parameter> declared, Set<String> declaredNames,
            Problems problems) {
        return new StepParser(declared, declaredNames, problems).parseAll(node);
    }

    private Optional<List<Step>> parseAll(Node node) {
        Optional<List<Node>> nodes = YamlValues.list(node, null, "steps", problems);
        if (nodes.isEmpty()) return Optional.empty();
        if (nodes.get().isEmpty()) {
            problems.at(node, "steps is empty; a runbook runs at least one step");
            return Optional.empty();
        }
        int before = problems.count();
        List<Step> steps = new ArrayList<>();
        Map<String, Node> stepNodes = new LinkedHashMap<>();
        for (Node n : nodes.get()) {
            Optional<Step> step = parseOne(n);
            if (step.isPresent() && stepNodes.putIfAbsent(step.get().id(), n) != null) {
                problems.at(n, "step id \"" + step.get().id() + "\" is used twice");
            }
            step.ifPresent(steps::add);
        }
        checkDependencies(stepNodes.keySet());
        return problems.count() > before ? Optional.empty() : Optional.of(steps);
    }

    private Optional<Step> parseOne(Node node) {
        String where = YamlValues.peek(node, "id").map(i -> YamlValues.named("step", i)).orElse("step");
        Optional<YamlMap> read = YamlMap.read(node, where, KEYS, problems);
        if (read.isEmpty() || !read.get().require(problems, "id", "title", "action")) return Optional.empty();
        YamlMap map = read.get();
        Optional<String> id = map.text("id", problems);
        if (id.isEmpty()) return Optional.empty();
        if (!RunbookParser.ID.matcher(id.get()).matches()) {
            problems.at(map.get("id").get(), "step id " + ValueRules.show(id.get())
                    + " must be lower-case letters, digits and '-'");
        }
        Optional<String> title = map.text("title", problems);
        boolean approval = map.bool("requiresApproval", problems).orElse(false);
        Optional<String> action = map.text("action", problems);
        Optional<ActionSpec> spec = action.flatMap(a -> action(a, map.get("action").get(), where));
        spec.filter(s -> s.mutating() && !approval).ifPresent(s -> problems.at(map.get("action").get(),
                YamlValues.say(where, "action \"" + s.id() + "\" changes the cluster, so the step needs "
                        + "requiresApproval: true")));
        Map<String, String> args = spec.map(s -> args(map, s, where)).orElse(Map.of());
        List<String> after = map.get("dependsOn").map(n -> dependencies(n, id.get(), where)).orElse(List.of());
        if (title.isEmpty() || spec.isEmpty()) return Optional.empty();
        return Optional.of(new Step(id.get(), title.get(), action.get(), args, after, approval));
    }

    private Optional<ActionSpec> action(String written, Node node, String where) {
        Optional<ActionSpec> spec = ActionCatalog.find(written);
        if (spec.isEmpty()) {
            problems.at(node, YamlValues.say(where, "action \"" + written + "\" is unknown"
                    + Levenshtein.hint(written, ActionCatalog.ids())));
        }
        return spec;
    }

    private Map<String, String> args(YamlMap step, ActionSpec spec, String where) {
        List<String> accepted = List.copyOf(spec.args().keySet());
        Map<String, String> args = new LinkedHashMap<>();
        Optional<YamlMap> read = step.get("args").isEmpty() ? Optional.empty()
                : YamlMap.read(step.get("args").get(), where + ": action \"" + spec.id() + "\"", accepted,
                        "argument", problems);
        for (String name : accepted) {
            Optional<Node> valueNode = read.flatMap(m -> m.get(name));
            if (valueNode.isEmpty()) continue;
            YamlValues.text(valueNode.get(), where, "argument " + name, problems)
                    .filter(raw -> argumentOk(spec.args().get(name), raw, valueNode.get(), where))
                    .ifPresent(raw -> args.put(name, raw));
        }
        Node at = step.get("args").orElse(step.node());
        spec.args().values().stream().filter(a -> a.required() && read.flatMap(m -> m.get(a.name())).isEmpty())
                .forEach(a -> problems.at(at, YamlValues.say(where, "action \"" + spec.id() + "\" needs argument \""
                        + a.name() + "\"")));
        if (!spec.needsOneOf().isEmpty() && spec.needsOneOf().stream().noneMatch(n -> read.flatMap(m -> m.get(n))
                .isPresent())) {
            problems.at(at, YamlValues.say(where, "action \"" + spec.id() + "\" needs one of "
                    + new TreeSet<>(spec.needsOneOf()).stream().collect(Collectors.joining(", "))));
        }
        return args;
    }

    private boolean argumentOk(ArgSpec arg, String raw, Node node, String where) {
        if (ArgReference.isMalformed(raw)) {
            problems.at(node, YamlValues.say(where, "argument " + arg.name() + " must be a literal or exactly "
                    + "${parameter}, not a mix"));
            return false;
        }
        Optional<String> reference = ArgReference.parameterOf(raw);
        if (reference.isEmpty()) {
            Optional<String> problem = ValueRules.checkArg(arg, raw);
            problem.ifPresent(r -> problems.at(node, YamlValues.say(where, "argument " + arg.name() + " "
                    + ValueRules.show(raw) + " " + r)));
            return problem.isEmpty();
        }
        Parameter p = parameters.get(reference.get());
        if (p == null && declaredNames.contains(reference.get())) return false;
        if (p == null) {
            problems.at(node, YamlValues.say(where, "argument " + arg.name() + " references ${" + reference.get()
                    + "}, which is not a declared parameter" + Levenshtein.hint(reference.get(), declaredNames)));
            return false;
        }
        if (!arg.kind().accepts(p.type())) {
            problems.at(node, YamlValues.say(where, "argument " + arg.name() + " takes a "
                    + arg.kind().name().toLowerCase(Locale.ROOT) + ", but parameter \"" + p.name()
                    + "\" is of type " + p.type().yamlName()));
            return false;
        }
        return true;
    }

    private List<String> dependencies(Node node, String stepId, String where) {
        Optional<List<Node>> nodes = YamlValues.list(node, where, "dependsOn", problems);
        Map<String, Node> entries = new LinkedHashMap<>();
        for (Node n : nodes.orElse(List.of())) {
            YamlValues.text(n, where, "dependsOn entries", problems).ifPresent(d -> {
                if (d.equals(stepId)) {
                    problems.at(n, YamlValues.say(where, "a step cannot depend on itself"));
                } else if (entries.putIfAbsent(d, n) != null) {
                    problems.at(n, YamlValues.say(where, "dependsOn lists \"" + d + "\" twice"));
                }
            });
        }
        dependsOn.put(stepId, entries);
        return List.copyOf(entries.keySet());
    }

    private void checkDependencies(Set<String> stepIds) {
        Map<String, List<String>> edges = new LinkedHashMap<>();
        dependsOn.forEach((step, entries) -> entries.forEach((d, n) -> {
            if (!stepIds.contains(d)) {
                problems.at(n, "step \"" + step + "\": dependsOn \"" + d + "\" is not a step of this runbook"
                        + Levenshtein.hint(d, stepIds));
            } else {
                edges.computeIfAbsent(step, k -> new ArrayList<>()).add(d);
            }
        }));
        Set<Set<String>> reported = new HashSet<>();
        for (String step : edges.keySet()) {
            StepGraph.cycleFrom(step, edges).filter(c -> reported.add(new HashSet<>(c))).ifPresent(cycle -> {
                Node at = dependsOn.get(cycle.get(0)).get(cycle.get(1));
                problems.at(at, "step \"" + cycle.get(0) + "\": dependsOn makes a cycle: "
                        + String.join(" -> ", cycle));
            });
        }
    }
}
