package dev.firebreak.integrations.kubernetes;

/**
 * The API server refused Firebreak's credentials (401) or its RBAC role lacks a permission (403). Not retryable:
 * someone has to change a Role; {@link #verb()} and {@link #resource()} say which permission was missing.
 */
public class ClusterAccessDeniedException extends ClusterException {
    private final String verb;
    private final String resource;

    public ClusterAccessDeniedException(String cluster, String verb, String resource, String message,
            Throwable cause) {
        super(cluster, message, false, cause);
        this.verb = verb;
        this.resource = resource;
    }

    public String verb() {
        return verb;
    }

    public String resource() {
        return resource;
    }
}
