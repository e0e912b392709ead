package dev.firebreak.runbook;

import dev.firebreak.runbook.ActionCatalog.ActionSpec;
import dev.firebreak.runbook.ActionCatalog.ArgSpec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Turns the values a user typed and the labels of the incident's alert into checked parameter values and final step
 * arguments. Precedence per parameter: the value given, then the alert label named by {@code fromLabel}, then the
 * declared {@code default}. Every value, whatever its origin, passes the type's syntax and the runbook's limits;
 * every final argument passes the action's own syntax too. Stops at the first problem with a message for the user.
 */
public final class ParameterBinder {
    private ParameterBinder() { }

    public static BoundParameters bind(Runbook runbook, Map<String, String> given, Map<String, String> incidentLabels)
            throws ParameterException {
        Map<String, String> asked = given == null ? Map.of() : given;
        Map<String, String> labels = incidentLabels == null ? Map.of() : incidentLabels;
        refuseUnknownNames(runbook, asked);
        Map<String, String> values = new LinkedHashMap<>();
        for (Parameter p : runbook.parameters()) {
            Optional<String> value = valueOf(runbook, p, asked, labels);
            value.ifPresent(v -> values.put(p.name(), v));
        }
        Map<String, Map<String, String>> stepArgs = new LinkedHashMap<>();
        for (Step step : runbook.steps()) {
            stepArgs.put(step.id(), argsOf(runbook, step, values));
        }
        return new BoundParameters(runbook.id(), values, stepArgs);
    }

    private static void refuseUnknownNames(Runbook runbook, Map<String, String> given) throws ParameterException {
        for (String name : new TreeSet<>(given.keySet())) {
            if (runbook.parameter(name).isPresent()) continue;
            if (runbook.parameters().isEmpty()) {
                throw new ParameterException("runbook " + runbook.id() + " takes no parameters, but got "
                        + ValueRules.show(name));
            }
            String valid = runbook.parameters().stream().map(Parameter::name).collect(Collectors.joining(", "));
            throw new ParameterException("unknown parameter " + ValueRules.show(name) + " for runbook "
                    + runbook.id() + "; valid: " + valid);
        }
    }

    private static Optional<String> valueOf(Runbook runbook, Parameter p, Map<String, String> given,
            Map<String, String> labels) throws ParameterException {
        String value;
        String origin;
        String label = p.fromLabel() == null ? null : labels.get(p.fromLabel());
        if (given.containsKey(p.name())) {
            value = given.get(p.name());
            origin = "";
        } else if (label != null && !label.isEmpty()) {
            value = label;
            origin = " (from the incident's alert label " + p.fromLabel() + "; give " + p.name() + "=... instead)";
        } else if (p.defaultValue() != null) {
            value = p.defaultValue();
            origin = " (the runbook's default)";
        } else if (p.required()) {
            throw new ParameterException("missing required parameter " + p.name() + " for runbook " + runbook.id()
                    + " (give it as " + p.name() + "=...)");
        } else {
            return Optional.empty();
        }
        Optional<String> problem = ValueRules.checkParameter(p, value);
        if (problem.isPresent()) {
            throw new ParameterException(p.name() + " " + ValueRules.show(value) + origin + " " + problem.get());
        }
        if (p.name().equals(Runbook.CLUSTER_PARAMETER) && !runbook.mayTarget(value)) {
            throw new ParameterException("cluster " + ValueRules.show(value) + origin + " is not one runbook "
                    + runbook.id() + " may run against; allowed: " + String.join(", ", runbook.clusters()));
        }
        return Optional.of(value);
    }

    private static Map<String, String> argsOf(Runbook runbook, Step step, Map<String, String> values)
            throws ParameterException {
        ActionSpec spec = ActionCatalog.find(step.action()).orElseThrow(
                () -> new IllegalStateException("runbook " + runbook.id() + " was not validated: " + step.action()));
        Map<String, String> args = new LinkedHashMap<>();
        for (ArgSpec arg : spec.args().values()) {
            String raw = step.args().get(arg.name());
            if (raw == null) continue;
            Optional<String> parameter = ArgReference.parameterOf(raw);
            String value = parameter.isPresent() ? values.get(parameter.get()) : raw;
            if (value == null) {
                if (arg.required()) {
                    throw new ParameterException("step " + step.id() + " needs " + arg.name() + "; give "
                            + parameter.get() + "=...");
                }
                continue; // an optional parameter left unset drops the argument
            }
            Optional<String> problem = ValueRules.checkArg(arg, value);
            if (problem.isPresent()) {
                throw new ParameterException("step " + step.id() + ": " + arg.name() + " " + ValueRules.show(value)
                        + " " + problem.get());
            }
            args.put(arg.name(), value);
        }
        if (!spec.needsOneOf().isEmpty() && spec.needsOneOf().stream().noneMatch(args::containsKey)) {
            throw new ParameterException("step " + step.id() + " needs one of " + String.join(", ",
                    new TreeSet<>(spec.needsOneOf())) + "; give the parameters that feed them");
        }
        return Collections.unmodifiableMap(args);
    }
}
