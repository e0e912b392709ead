package dev.firebreak.work;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import dev.firebreak.incident.ChatException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Retries a failed job forever, doubling the wait up to a ceiling, with jitter so that jobs failing together do not
 * retry together. Jobs that can never succeed must not throw; they report and finish instead.
 */
public final class RetryWithBackoff<T> implements FailureHandler<T> {
    private static final Set<String> WAITING = Set.of(ChatException.PACED, ChatException.CHANNEL_NOT_READY);
    private final Duration first;
    private final Duration max;

    public RetryWithBackoff(Duration first, Duration max) {
        this.first = first;
        this.max = max;
    }

    @Override
    public void onFailure(ExecutionComplete complete, ExecutionOperations<T> operations) {
        // Waiting for our own pacing or for the channel to open is not a failure that grows worse: retry soon.
        boolean waiting = complete.getCause().filter(c -> c instanceof ChatException
                && WAITING.contains(((ChatException) c).code())).isPresent();
        int failures = waiting ? 1 : Math.max(1, complete.getExecution().consecutiveFailures + 1);
        operations.reschedule(complete, complete.getTimeDone().plus(delay(failures)));
    }

    Duration delay(int failures) {
        long base = first.toMillis() << Math.min(failures - 1, 20);
        long capped = Math.min(base, max.toMillis());
        long jitter = ThreadLocalRandom.current().nextLong(capped / 4 + 1);
        return Duration.ofMillis(capped - capped / 8 + jitter);
    }
}
