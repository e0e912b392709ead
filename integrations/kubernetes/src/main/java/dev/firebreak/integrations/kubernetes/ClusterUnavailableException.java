package dev.firebreak.integrations.kubernetes;

/** The API server did not answer in time, could not be reached, or answered with a server-side error. */
public class ClusterUnavailableException extends ClusterException {

    public ClusterUnavailableException(String cluster, String message, boolean retryable) {
        super(cluster, message, retryable);
    }

    public ClusterUnavailableException(String cluster, String message, boolean retryable, Throwable cause) {
        super(cluster, message, retryable, cause);
    }
}
