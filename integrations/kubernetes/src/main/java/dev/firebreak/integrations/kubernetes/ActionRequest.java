package dev.firebreak.integrations.kubernetes;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One step of a runbook: which cluster (a context name from {@link Clusters#names()}), which action (see
 * {@link DiagnosticAction} and {@link MutatingAction}) and its arguments, e.g. {@code namespace=shop, deployment=api}.
 */
public record ActionRequest(String cluster, String action, Map<String, String> args) {

    public ActionRequest {
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(action, "action");
        Map<String, String> copy = new LinkedHashMap<>();
        if (args != null) {
            // A runbook template may leave an optional argument empty; that means "not given".
            args.forEach((k, v) -> {
                if (k != null && v != null && !v.isBlank()) {
                    copy.put(k, v.trim());
                }
            });
        }
        args = Collections.unmodifiableMap(copy);
    }

    public static ActionRequest of(String cluster, String action, Map<String, String> args) {
        return new ActionRequest(cluster, action, args);
    }
}
