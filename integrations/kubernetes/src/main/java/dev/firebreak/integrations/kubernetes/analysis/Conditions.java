package dev.firebreak.integrations.kubernetes.analysis;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Status conditions of any kind. fabric8 generates one condition class per API (DeploymentCondition, JobCondition,
 * HorizontalPodAutoscalerCondition...) with no common type, so each analyzer maps its own into this one.
 */
record Conditions(List<Condition> all) {

    record Condition(String type, String status, String reason, String message, Instant lastTransition) {
        boolean is(String status) {
            return status.equals(this.status);
        }

        /** {@code Progressing=False ProgressDeadlineExceeded: ReplicaSet "api-6c9b4" has timed out progressing.}. */
        String describe() {
            return type + "=" + status + " " + Objects.requireNonNullElse(reason, "") + ": "
                    + Objects.requireNonNullElse(message, "").strip();
        }
    }

    static <C> Conditions of(List<C> conditions, Function<C, Condition> mapper) {
        return new Conditions(conditions == null ? List.of() : conditions.stream().map(mapper).toList());
    }

    Condition get(String type) {
        return all.stream().filter(c -> type.equals(c.type())).findFirst().orElse(null);
    }

    /** The condition when it has this status; null otherwise. */
    Condition get(String type, String status) {
        Condition c = get(type);
        return c != null && c.is(status) ? c : null;
    }
}
