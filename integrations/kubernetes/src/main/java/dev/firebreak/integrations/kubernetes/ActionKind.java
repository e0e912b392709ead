package dev.firebreak.integrations.kubernetes;

import java.util.Set;
import java.util.function.Supplier;

/** What the read-only and the mutating action enums share: the name runbooks use, its arguments, how to make one. */
interface ActionKind {

    record Spec(String actionName, Supplier<Action> factory, Set<String> args) {}

    Spec spec();

    /** The name used in runbooks and {@link ActionRequest#action()}. */
    default String actionName() {
        return spec().actionName();
    }

    default Set<String> args() {
        return spec().args();
    }

    default Action create() {
        return spec().factory().get();
    }
}
