package dev.firebreak.integrations.kubernetes;

/**
 * One action, one class (k8sgpt's analyzer shape). Implementations write plain lines to {@link Output}; timeouts,
 * caps, redaction and error translation are done once, by {@link ClusterActions}, not by each action.
 */
interface Action {

    String name();

    /** True when running it changes the cluster; such actions need the caller's approval. */
    default boolean mutating() {
        return false;
    }

    /** The verb RBAC must allow, for the hint on a 403. */
    default String verb() {
        return mutating() ? "patch" : "list";
    }

    void run(ActionContext context, Output out);
}
