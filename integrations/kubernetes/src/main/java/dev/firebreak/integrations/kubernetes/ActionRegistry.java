package dev.firebreak.integrations.kubernetes;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Every known action by name, read-only and mutating apart; built from the two enums. */
final class ActionRegistry {
    private final Map<String, Action> readOnly = new LinkedHashMap<>();
    private final Map<String, Action> mutating = new LinkedHashMap<>();
    private final Map<String, Set<String>> args = new LinkedHashMap<>();

    ActionRegistry() {
        Arrays.stream(DiagnosticAction.values()).forEach(a -> {
            readOnly.put(a.actionName(), a.create());
            args.put(a.actionName(), a.args());
        });
        Arrays.stream(MutatingAction.values()).forEach(a -> {
            mutating.put(a.actionName(), a.create());
            args.put(a.actionName(), a.args());
        });
    }

    Optional<Action> find(String name) {
        Action action = readOnly.get(name);
        return Optional.ofNullable(action != null ? action : mutating.get(name));
    }

    Set<String> argsOf(String name) {
        return args.getOrDefault(name, Set.of());
    }

    Set<String> readOnlyNames() {
        return Collections.unmodifiableSet(readOnly.keySet());
    }

    Set<String> mutatingNames() {
        return Collections.unmodifiableSet(mutating.keySet());
    }
}
