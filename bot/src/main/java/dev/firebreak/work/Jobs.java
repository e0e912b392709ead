package dev.firebreak.work;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.firebreak.incident.ChatException;
import dev.firebreak.incident.PagerException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A job that retries while a failure may pass (rate limits, outages, a channel not open yet) and hands a refusal
 * that no retry would change to {@code giveUp}, which reports it where a person will see it.
 */
final class Jobs {
    private static final Logger LOG = LoggerFactory.getLogger(Jobs.class);

    private Jobs() {}

    static <T> Task<T> retrying(TaskDescriptor<T> descriptor, JobSettings settings, Consumer<T> work,
            BiConsumer<T, RuntimeException> giveUp) {
        return Tasks.oneTime(descriptor)
                .onFailure(new RetryWithBackoff<>(settings))
                .execute((instance, context) -> {
                    T data = instance.getData();
                    try {
                        work.accept(data);
                    } catch (ChatException e) {
                        giveUpUnlessRetryable(instance.getTaskAndInstance(), data, e, e.retryable(), giveUp);
                    } catch (PagerException e) {
                        giveUpUnlessRetryable(instance.getTaskAndInstance(), data, e, e.retryable(), giveUp);
                    }
                });
    }

    private static <T> void giveUpUnlessRetryable(String job, T data, RuntimeException e, boolean retryable,
            BiConsumer<T, RuntimeException> giveUp) {
        if (retryable) {
            throw e;
        }
        LOG.warn("Giving up on job {}: {}", job, e.getMessage());
        giveUp.accept(data, e);
    }
}
