package dev.firebreak.integrations.kubernetes.analysis;

import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.util.Objects;

/** Whether a Job failed for good, as the job controller decides it. */
final class Jobs {
    static final int DEFAULT_BACKOFF_LIMIT = 6;

    private Jobs() {}

    static Conditions conditions(Job job) {
        return Conditions.of(job.getStatus() == null ? null : job.getStatus().getConditions(),
                c -> new Conditions.Condition(c.getType(), c.getStatus(), c.getReason(), c.getMessage(),
                        Times.parse(c.getLastTransitionTime())));
    }

    /**
     * Failed=True, or more failed pods than the backoff limit allows. A Job that reached its completions after some
     * retries succeeded: retries are what backoffLimit is for, so it is not a failure.
     */
    static boolean failed(Job job) {
        var status = job.getStatus();
        if (status == null) {
            return false;
        }
        int completions = job.getSpec() == null ? 1 : Objects.requireNonNullElse(job.getSpec().getCompletions(), 1);
        Conditions conditions = conditions(job);
        if (conditions.get("Complete", "True") != null
                || Objects.requireNonNullElse(status.getSucceeded(), 0) >= completions) {
            return false;
        }
        int backoffLimit = job.getSpec() == null ? DEFAULT_BACKOFF_LIMIT
                : Objects.requireNonNullElse(job.getSpec().getBackoffLimit(), DEFAULT_BACKOFF_LIMIT);
        return conditions.get("Failed", "True") != null
                || Objects.requireNonNullElse(status.getFailed(), 0) > backoffLimit;
    }

    /** {@code failed pods 7, succeeded 0/1, backoffLimit 6}. */
    static String counts(Job job) {
        var status = job.getStatus();
        var spec = job.getSpec();
        return "failed pods " + Objects.requireNonNullElse(status.getFailed(), 0) + ", succeeded "
                + Objects.requireNonNullElse(status.getSucceeded(), 0) + "/"
                + (spec == null ? 1 : Objects.requireNonNullElse(spec.getCompletions(), 1)) + ", backoffLimit "
                + (spec == null ? DEFAULT_BACKOFF_LIMIT
                        : Objects.requireNonNullElse(spec.getBackoffLimit(), DEFAULT_BACKOFF_LIMIT));
    }
}
