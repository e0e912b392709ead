package dev.firebreak.integrations.kubernetes;

/**
 * An action could not produce an answer. {@code retryable} is true when trying again later may succeed (timeouts,
 * unreachable or overloaded API server), false when it will not without a change (RBAC, a bad request).
 */
public class ClusterException extends RuntimeException {
    private final String cluster;
    private final boolean retryable;

    public ClusterException(String cluster, String message, boolean retryable) {
        this(cluster, message, retryable, null);
    }

    public ClusterException(String cluster, String message, boolean retryable, Throwable cause) {
        super("cluster " + cluster + ": " + message, cause);
        this.cluster = cluster;
        this.retryable = retryable;
    }

    public String cluster() {
        return cluster;
    }

    public boolean retryable() {
        return retryable;
    }
}
