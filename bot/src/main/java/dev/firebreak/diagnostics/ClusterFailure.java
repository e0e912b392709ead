package dev.firebreak.diagnostics;

/** A step could not run: cluster down or slow, access denied, or a request the cluster refused. */
public class ClusterFailure extends RuntimeException {
    public ClusterFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
