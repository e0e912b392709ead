package dev.firebreak.diagnostics;

import java.time.Instant;

/** A guarded runbook step waiting for someone other than the requester to approve it. */
public record ApprovalRequest(long runId, String stepId, String runbookTitle, String stepTitle, String action,
        String arguments, String requestedBy, Instant expiresAt) {

    /** The button value that identifies this request. */
    public String key() {
        return runId + ":" + stepId;
    }
}
