package dev.firebreak.work;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import dev.firebreak.incident.ChatException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries a failed job, doubling the wait up to a ceiling, with jitter so that jobs failing together do not retry
 * together; after {@code firebreak.jobs.max-attempts} failures in a row the job is parked as dead
 * ({@link DeadJobs}), logged once, and waits for a person. Jobs that can never succeed should not throw at all; they
 * report and finish instead.
 */
public final class RetryWithBackoff<T> implements FailureHandler<T> {
    private static final Logger LOG = LoggerFactory.getLogger(RetryWithBackoff.class);
    private static final Set<String> WAITING = Set.of(ChatException.PACED, ChatException.CHANNEL_NOT_READY);
    private final Duration first;
    private final Duration max;
    private final int maxAttempts;

    public RetryWithBackoff(JobSettings settings) {
        this.first = settings.firstRetry();
        this.max = settings.maxRetry();
        this.maxAttempts = settings.maxAttempts();
    }

    @Override
    public void onFailure(ExecutionComplete complete, ExecutionOperations<T> operations) {
        // Waiting for our own pacing or for the channel to open is not a failure that grows worse: retry soon, and
        // do not count it as a failed attempt (db-scheduler resets its count on a completion that is not a failure).
        boolean waiting = complete.getCause().filter(c -> c instanceof ChatException
                && WAITING.contains(((ChatException) c).code())).isPresent();
        if (waiting) {
            operations.reschedule(ExecutionComplete.success(complete.getExecution(), complete.getTimeDone(),
                    complete.getTimeDone()), complete.getTimeDone().plus(delay(1)));
            return;
        }
        int failures = complete.getExecution().consecutiveFailures + 1;
        if (failures >= maxAttempts) {
            LOG.warn("Job {} failed {} times in a row; parked as dead until retried with POST /api/jobs/{}/retry. "
                    + "Last failure: {}", complete.getExecution().taskInstance.getTaskAndInstance(), failures,
                    DeadJobs.id(complete.getExecution().taskInstance),
                    complete.getCause().map(Throwable::toString).orElse("unknown"));
            operations.reschedule(complete, DeadJobs.PARKED);
            return;
        }
        operations.reschedule(complete, complete.getTimeDone().plus(delay(failures)));
    }

    Duration delay(int failures) {
        long base = first.toMillis() << Math.min(failures - 1, 20);
        long capped = Math.min(base, max.toMillis());
        long jitter = ThreadLocalRandom.current().nextLong(capped / 4 + 1);
        return Duration.ofMillis(capped - capped / 8 + jitter);
    }
}
