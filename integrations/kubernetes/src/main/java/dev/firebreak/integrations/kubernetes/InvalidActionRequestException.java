package dev.firebreak.integrations.kubernetes;

/** The request names an unknown action or cluster, or carries an argument that fails our own checks. */
public class InvalidActionRequestException extends ClusterException {

    public InvalidActionRequestException(String cluster, String message) {
        super(cluster, message, false);
    }
}
