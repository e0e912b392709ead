package dev.firebreak.diagnostics;

public enum RunStatus {
    RUNNING,
    /** Every step that ran succeeded; guarded steps may still wait for approval. */
    SUCCEEDED,
    /** Some steps failed, the others ran. */
    PARTIAL,
    FAILED
}
