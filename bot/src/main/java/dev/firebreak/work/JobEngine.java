package dev.firebreak.work;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.logging.LogLevel;
import com.github.kagkarlsson.scheduler.task.Task;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

@Factory
class JobEngine {
    static final int MISSED_HEARTBEATS = 6;

    // Eager, so jobs left over from before a restart run without waiting for new work.
    // Stopped by JobEngineShutdown when shutdown starts, before the beans it needs are gone.
    @Context
    Scheduler scheduler(DataSource dataSource, List<Task<?>> tasks, JobSettings settings) {
        Scheduler scheduler = Scheduler.create(DelegatingDataSource.unwrapDataSource(dataSource), tasks)
                .pollingInterval(settings.pollingInterval())
                .threads(settings.threads())
                .enableImmediateExecution()
                // The columns are timestamp with time zone; saying UTC spares db-scheduler a guess (and a warning) on H2.
                .alwaysPersistTimestampInUTC()
                .addExecutionInterceptor(new JobLogContext())
                // Unique per process: replicas on one host (or a restart with the same host name) stay apart.
                .schedulerName(new SchedulerName.Fixed(
                        truncate(new SchedulerName.Hostname().getName(), 40) + "-" + UUID.randomUUID().toString().substring(0, 8)))
                // On shutdown, running jobs get this long to finish. One that does not is taken over by another
                // replica once its heartbeats stop (missed-heartbeats × interval), or by this one after a restart.
                .shutdownMaxWait(settings.shutdownWait())
                .heartbeatInterval(settings.heartbeatInterval())
                .missedHeartbeatsLimit(MISSED_HEARTBEATS)
                // Retries are routine (a channel still opening, pacing); the reason is enough, a stack trace is noise.
                .failureLogging(LogLevel.INFO, false)
                .build();
        scheduler.start();
        return scheduler;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
