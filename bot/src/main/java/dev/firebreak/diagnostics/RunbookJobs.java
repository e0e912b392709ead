package dev.firebreak.diagnostics;

import java.time.Instant;

/** Runbook work done after the requester has been answered, kept durably. */
public interface RunbookJobs {

    /** Runs every step of the run that may run now; safe to ask for again. */
    void advance(long runId, Instant at);
}
