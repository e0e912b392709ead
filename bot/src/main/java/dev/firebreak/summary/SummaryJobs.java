package dev.firebreak.summary;

import io.micronaut.core.annotation.Nullable;

/** Summaries take seconds (cluster, model), so they run as durable jobs after the requester is answered. */
public interface SummaryJobs {
    void summarize(long incidentId, @Nullable String namespace, @Nullable String workload, String requestedBy);
}
