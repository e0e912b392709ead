package dev.firebreak.runbook;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fixed set of actions a runbook step may name, and the arguments each accepts. Anything not listed here is
 * refused when runbooks load; the executor implements exactly these ids. Mutating actions are allowed only in steps
 * that say {@code requiresApproval: true}.
 */
public final class ActionCatalog {

    /** The kind of value an argument takes; its syntax is checked by {@link ValueRules#checkArg}. */
    public enum ArgKind {
        NAMESPACE(ParameterType.NAMESPACE), DEPLOYMENT(ParameterType.DEPLOYMENT), POD(ParameterType.POD),
        SELECTOR(ParameterType.LABEL_SELECTOR), CONTAINER(ParameterType.CONTAINER), DURATION(ParameterType.DURATION),
        INTEGER(ParameterType.INTEGER), NODE(ParameterType.NODE), SERVICE(ParameterType.SERVICE),
        PVC(ParameterType.PVC),
        /** {@code true} or {@code false}. */
        BOOLEAN(null),
        /** A Kubernetes kind such as {@code Pod} or {@code Deployment}. */
        KIND(null),
        /** The name of any Kubernetes object (DNS-1123 subdomain). */
        NAME(null);

        private final ParameterType natural;

        ArgKind(ParameterType natural) {
            this.natural = natural;
        }

        /** The parameter type with the same syntax, or null for BOOLEAN, KIND and NAME. */
        ParameterType natural() {
            return natural;
        }

        /**
         * Whether a parameter of this type may feed the argument. {@code string} parameters may feed any argument: their
         * value is checked again against the argument's own syntax when bound.
         */
        public boolean accepts(ParameterType type) {
            if (type == ParameterType.STRING || type == natural) return true;
            return this == NAME && type.isKubernetesName() && type != ParameterType.CONTAINER;
        }
    }

    /** One accepted argument; {@code min}/{@code max} bound INTEGER arguments. */
    public record ArgSpec(String name, ArgKind kind, boolean required, long min, long max) { }

    /**
     * One action. {@code needsOneOf}, when not empty, lists arguments of which at least one must be present (e.g. logs
     * needs a pod or a deployment).
     */
    public record ActionSpec(String id, boolean mutating, Map<String, ArgSpec> args, Set<String> needsOneOf) {
        ActionSpec withOneOf(String... names) {
            return new ActionSpec(id, mutating, args, Set.of(names));
        }
    }

    private static final Map<String, ActionSpec> ACTIONS = index(
            read("pods", req("namespace", ArgKind.NAMESPACE), opt("selector", ArgKind.SELECTOR),
                    opt("deployment", ArgKind.DEPLOYMENT), opt("pod", ArgKind.POD)),
            read("events", req("namespace", ArgKind.NAMESPACE), opt("kind", ArgKind.KIND), opt("name", ArgKind.NAME),
                    opt("since", ArgKind.DURATION)),
            read("logs", req("namespace", ArgKind.NAMESPACE), opt("pod", ArgKind.POD),
                    opt("deployment", ArgKind.DEPLOYMENT), opt("container", ArgKind.CONTAINER),
                    // bounded so one step cannot flood the channel or the summariser
                    opt("tailLines", 1, 5000), opt("sinceSeconds", 1, 86_400), opt("previous", ArgKind.BOOLEAN))
                    .withOneOf("pod", "deployment"),
            read("rollout", req("namespace", ArgKind.NAMESPACE), req("deployment", ArgKind.DEPLOYMENT)),
            read("nodes", opt("node", ArgKind.NODE)),
            read("endpoints", req("namespace", ArgKind.NAMESPACE), req("service", ArgKind.SERVICE)),
            read("pvcs", req("namespace", ArgKind.NAMESPACE), opt("pvc", ArgKind.PVC)),
            read("resources", req("namespace", ArgKind.NAMESPACE), opt("deployment", ArgKind.DEPLOYMENT),
                    opt("selector", ArgKind.SELECTOR)),
            read("metrics", opt("namespace", ArgKind.NAMESPACE), opt("deployment", ArgKind.DEPLOYMENT)),
            read("recent-changes", req("namespace", ArgKind.NAMESPACE), req("since", ArgKind.DURATION)),
            mutating("rollout-restart", req("namespace", ArgKind.NAMESPACE), req("deployment", ArgKind.DEPLOYMENT)),
            mutating("scale", req("namespace", ArgKind.NAMESPACE), req("deployment", ArgKind.DEPLOYMENT),
                    new ArgSpec("replicas", ArgKind.INTEGER, true, 0, 50)),
            mutating("cordon", req("node", ArgKind.NODE)));

    private ActionCatalog() { }

    public static Optional<ActionSpec> find(String actionId) {
        return Optional.ofNullable(ACTIONS.get(actionId));
    }

    /** All action ids, read-only first, in declaration order. */
    public static Set<String> ids() {
        return ACTIONS.keySet();
    }

    public static boolean isMutating(String actionId) {
        ActionSpec spec = ACTIONS.get(actionId);
        return spec != null && spec.mutating();
    }

    private static ActionSpec read(String id, ArgSpec... args) {
        return new ActionSpec(id, false, byName(args), Set.of());
    }

    private static ActionSpec mutating(String id, ArgSpec... args) {
        return new ActionSpec(id, true, byName(args), Set.of());
    }

    private static ArgSpec req(String name, ArgKind kind) {
        return new ArgSpec(name, kind, true, 0, Long.MAX_VALUE);
    }

    private static ArgSpec opt(String name, ArgKind kind) {
        return new ArgSpec(name, kind, false, 0, Long.MAX_VALUE);
    }

    private static ArgSpec opt(String name, long min, long max) {
        return new ArgSpec(name, ArgKind.INTEGER, false, min, max);
    }

    private static Map<String, ArgSpec> byName(ArgSpec... args) {
        Map<String, ArgSpec> map = new LinkedHashMap<>();
        Arrays.stream(args).forEach(a -> map.put(a.name(), a));
        return Collections.unmodifiableMap(map);
    }

    private static Map<String, ActionSpec> index(ActionSpec... specs) {
        Map<String, ActionSpec> map = new LinkedHashMap<>();
        List.of(specs).forEach(s -> map.put(s.id(), s));
        return Collections.unmodifiableMap(map);
    }
}
