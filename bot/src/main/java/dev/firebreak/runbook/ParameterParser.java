package dev.firebreak.runbook;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads the {@code parameters} list and checks each declaration is complete and consistent with its type. */
final class ParameterParser {
    private static final List<String> KEYS = List.of("name", "type", "description", "required", "default", "allowed",
            "min", "max", "pattern", "fromLabel");
    private static final Pattern NAME = Pattern.compile("[a-z][a-zA-Z0-9_]{0,39}");
    /** Prometheus label names, which is what alert labels are. */
    private static final Pattern LABEL = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]{0,99}");

    private ParameterParser() { }

    static Optional<List<Parameter>> parse(Node node, Problems problems) {
        Optional<List<Node>> nodes = YamlValues.list(node, null, "parameters", problems);
        if (nodes.isEmpty()) return Optional.empty();
        List<Parameter> parameters = new ArrayList<>();
        Set<String> names = new HashSet<>();
        boolean ok = true;
        for (Node n : nodes.get()) {
            Optional<Parameter> p = parseOne(n, problems);
            if (p.isPresent() && !names.add(p.get().name())) {
                problems.at(n, "parameter \"" + p.get().name() + "\" is declared twice");
                ok = false;
            }
            ok &= p.isPresent();
            p.ifPresent(parameters::add);
        }
        return ok ? Optional.of(parameters) : Optional.empty();
    }

    /** The names written under parameters, whether or not their declarations are valid. */
    static Set<String> declaredNames(Node node) {
        Set<String> names = new HashSet<>();
        if (node instanceof SequenceNode) {
            ((SequenceNode) node).getValue().forEach(n -> YamlValues.peek(n, "name").ifPresent(names::add));
        }
        return names;
    }

    private static Optional<Parameter> parseOne(Node node, Problems problems) {
        String named = YamlValues.peek(node, "name").map(n -> YamlValues.named("parameter", n)).orElse("parameter");
        Optional<YamlMap> read = YamlMap.read(node, named, KEYS, problems);
        if (read.isEmpty() || !read.get().require(problems, "name", "type")) return Optional.empty();
        YamlMap map = read.get();
        Optional<String> name = map.text("name", problems);
        if (name.isEmpty()) return Optional.empty();
        String where = named;
        int before = problems.count();
        if (!NAME.matcher(name.get()).matches()) {
            problems.at(map.get("name").get(), "parameter name " + ValueRules.show(name.get())
                    + " must start with a lower-case letter, then letters, digits or '_'");
        }
        ParameterType type = type(map, where, problems).orElse(null);
        boolean required = map.bool("required", problems).orElse(false);
        String description = map.text("description", problems).orElse(null);
        String fromLabel = map.text("fromLabel", problems).orElse(null);
        if (fromLabel != null && !LABEL.matcher(fromLabel).matches()) {
            problems.at(map.get("fromLabel").get(), YamlValues.say(where, "fromLabel " + ValueRules.show(fromLabel)
                    + " is not an alert label name"));
        }
        List<String> allowed = map.texts("allowed", problems).orElse(List.of());
        if (map.get("allowed").isPresent() && allowed.isEmpty()) {
            problems.at(map.get("allowed").get(), YamlValues.say(where, "allowed is empty; omit it or list values"));
        }
        Long min = map.whole("min", problems).orElse(null);
        Long max = map.whole("max", problems).orElse(null);
        Pattern pattern = pattern(map, where, problems);
        if (type == null) return Optional.empty();
        checkApplies(map, where, type, problems);
        if (min != null && max != null && min > max) {
            problems.at(map.get("min").get(), YamlValues.say(where, "min " + min + " is greater than max " + max));
        }
        if (type == ParameterType.STRING && pattern == null && map.get("pattern").isEmpty()) {
            problems.at(map.node(), YamlValues.say(where, "string parameters need a pattern (no free text)"));
        }
        if (name.get().equals(Runbook.CLUSTER_PARAMETER) && type != ParameterType.STRING) {
            problems.at(map.get("type").get(), YamlValues.say(where, "the cluster parameter names a kube context, so "
                    + "its type is string with a pattern"));
        }
        if (problems.count() > before) return Optional.empty();
        Parameter declared = new Parameter(name.get(), type, required, null, allowed, min, max, pattern, fromLabel,
                description);
        for (String value : allowed) {
            ValueRules.checkParameter(declared, value).ifPresent(r -> problems.at(map.get("allowed").get(),
                    YamlValues.say(where, "allowed value " + ValueRules.show(value) + " " + r)));
        }
        Optional<String> defaultValue = map.text("default", problems);
        defaultValue.flatMap(d -> ValueRules.checkParameter(declared, d)).ifPresent(r -> problems.at(
                map.get("default").get(), YamlValues.say(where, "default " + ValueRules.show(defaultValue.get())
                        + " " + r)));
        if (problems.count() > before) return Optional.empty();
        return Optional.of(new Parameter(name.get(), type, required, defaultValue.orElse(null), allowed, min, max,
                pattern, fromLabel, description));
    }

    private static Optional<ParameterType> type(YamlMap map, String where, Problems problems) {
        Optional<String> written = map.text("type", problems);
        if (written.isEmpty()) return Optional.empty();
        Optional<ParameterType> type = ParameterType.fromYaml(written.get());
        if (type.isEmpty()) {
            problems.at(map.get("type").get(), YamlValues.say(where, "type \"" + written.get() + "\" is unknown"
                    + Levenshtein.hint(written.get(), ParameterType.yamlNames()) + "; types: "
                    + String.join(", ", ParameterType.yamlNames())));
        }
        return type;
    }

    private static Pattern pattern(YamlMap map, String where, Problems problems) {
        Optional<String> written = map.text("pattern", problems);
        if (written.isEmpty()) return null;
        try {
            return Pattern.compile(written.get());
        } catch (PatternSyntaxException e) {
            problems.at(map.get("pattern").get(), YamlValues.say(where, "pattern does not compile: "
                    + e.getDescription() + " near index " + e.getIndex()));
            return null;
        }
    }

    /** Settings that only mean something for some types are refused elsewhere rather than silently ignored. */
    private static void checkApplies(YamlMap map, String where, ParameterType type, Problems problems) {
        if (!type.isKubernetesName()) {
            map.get("allowed").ifPresent(n -> problems.at(n, YamlValues.say(where,
                    "allowed applies to Kubernetes name types only, not " + type.yamlName())));
        }
        if (type != ParameterType.INTEGER) {
            for (String key : List.of("min", "max")) {
                map.get(key).ifPresent(n -> problems.at(n, YamlValues.say(where,
                        key + " applies to integer parameters only")));
            }
        }
        if (type != ParameterType.STRING) {
            map.get("pattern").ifPresent(n -> problems.at(n, YamlValues.say(where,
                    "pattern applies to string parameters only; " + type.yamlName() + " has its own syntax")));
        }
    }
}
