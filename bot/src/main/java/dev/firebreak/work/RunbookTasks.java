package dev.firebreak.work;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.firebreak.diagnostics.RunbookJobs;
import dev.firebreak.diagnostics.RunbookRunner;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Instant;

/** {@link RunbookJobs} on db-scheduler: a run advances in a job, so a restart mid-run picks it up again. */
@Factory
class RunbookTasks implements RunbookJobs {
    static final TaskDescriptor<Long> ADVANCE = TaskDescriptor.of("advance-runbook-run", Long.class);

    private final BeanProvider<Scheduler> scheduler;
    private final BeanProvider<RunbookRunner> runner;
    private final JobSettings settings;

    RunbookTasks(BeanProvider<Scheduler> scheduler, BeanProvider<RunbookRunner> runner, JobSettings settings) {
        this.scheduler = scheduler;
        this.runner = runner;
        this.settings = settings;
    }

    @Override
    public void advance(long runId, Instant at) {
        scheduler.get().scheduleIfNotExists(
                ADVANCE.instance("run-" + runId + "-" + at.toEpochMilli()).data(runId).scheduledTo(at));
    }

    @Singleton
    Task<Long> advanceTask() {
        return Tasks.oneTime(ADVANCE)
                .onFailure(new RetryWithBackoff<>(settings))
                .execute((instance, context) -> runner.get().advance(instance.getData()));
    }
}
