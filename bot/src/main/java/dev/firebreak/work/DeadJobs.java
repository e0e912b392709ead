package dev.firebreak.work;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.ScheduledExecutionsFilter;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import io.micronaut.context.BeanProvider;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jobs that failed {@code firebreak.jobs.max-attempts} times in a row. They stay in db-scheduler's own table, scheduled
 * for {@link #PARKED} (the year 9999), so nothing new is stored and the engine simply never picks them; a retry gives
 * them a fresh set of attempts.
 */
@Singleton
public class DeadJobs {
    /** Where a dead job waits: never due, and recognisable. */
    public static final Instant PARKED = Instant.parse("9999-01-01T00:00:00Z");
    private static final Logger LOG = LoggerFactory.getLogger(DeadJobs.class);

    private final BeanProvider<Scheduler> scheduler;

    DeadJobs(BeanProvider<Scheduler> scheduler) {
        this.scheduler = scheduler;
    }

    /** A dead job: {@code id} is {@code <task>:<instance>}, as {@code POST /api/jobs/{id}/retry} takes it. */
    @Serdeable
    public record DeadJob(String id, String task, String instance, int failures, @Nullable Instant lastFailure) {}

    public List<DeadJob> list() {
        return scheduler.get().getScheduledExecutions(ScheduledExecutionsFilter.all().withPicked(false)).stream()
                .filter(e -> !e.getExecutionTime().isBefore(PARKED))
                .map(DeadJobs::dead)
                .sorted(Comparator.comparing(DeadJob::id))
                .toList();
    }

    /**
     * Schedules a dead job to run now with a fresh count of attempts; empty when {@code id} is not a dead job.
     * db-scheduler keeps the failure count on a reschedule, so the job is replaced by one with the same id and data.
     */
    public Optional<DeadJob> retry(String id) {
        int colon = id.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        TaskInstanceId instanceId = TaskInstanceId.of(id.substring(0, colon), id.substring(colon + 1));
        Optional<ScheduledExecution<Object>> found = scheduler.get().getScheduledExecution(instanceId)
                .filter(e -> !e.getExecutionTime().isBefore(PARKED));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ScheduledExecution<Object> execution = found.get();
        scheduler.get().cancel(instanceId);
        scheduler.get().schedule(new TaskInstance<>(instanceId.getTaskName(), instanceId.getId(), execution.getData()),
                Instant.now());
        LOG.info("Dead job {} retried on request", id);
        return Optional.of(dead(execution));
    }

    static String id(TaskInstanceId instance) {
        return instance.getTaskName() + ":" + instance.getId();
    }

    private static DeadJob dead(ScheduledExecution<Object> e) {
        TaskInstanceId instance = e.getTaskInstance();
        return new DeadJob(id(instance), instance.getTaskName(), instance.getId(), e.getConsecutiveFailures(),
                e.getLastFailure());
    }
}
