package dev.firebreak.diagnostics;

public enum StepStatus {
    PENDING,
    OK,
    FAILED,
    /** Not run because a step it depends on failed, was denied or expired. */
    SKIPPED,
    AWAITING_APPROVAL,
    DENIED,
    EXPIRED
}
