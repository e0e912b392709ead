package dev.firebreak.integrations.kubernetes;

import java.util.Set;
import java.util.function.Supplier;

/**
 * The read-only actions runbooks may use, with the arguments each accepts, so a caller can validate runbooks at
 * startup. This enum is the registry: adding an action means one class and one line here.
 */
public enum DiagnosticAction implements ActionKind {
    PODS("pods", PodsAction::new, "namespace", "selector", "deployment", "pod"),
    EVENTS("events", EventsAction::new, "namespace", "kind", "name", "since"),
    LOGS("logs", LogsAction::new, "namespace", "pod", "deployment", "container", "tailLines", "sinceSeconds",
            "previous"),
    ROLLOUT("rollout", RolloutAction::new, "namespace", "deployment"),
    NODES("nodes", NodesAction::new, "node"),
    ENDPOINTS("endpoints", EndpointsAction::new, "namespace", "service"),
    PVCS("pvcs", PvcsAction::new, "namespace", "pvc"),
    RESOURCES("resources", ResourcesAction::new, "namespace", "selector", "deployment", "pod"),
    METRICS("metrics", MetricsAction::new, "namespace", "selector", "deployment", "pod"),
    RECENT_CHANGES("recent-changes", RecentChangesAction::new, "namespace", "since");

    private final Spec spec;

    DiagnosticAction(String actionName, Supplier<Action> factory, String... args) {
        this.spec = new Spec(actionName, factory, Set.of(args));
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
