package dev.firebreak.work;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.logging.LogLevel;
import com.github.kagkarlsson.scheduler.task.Task;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.util.List;
import javax.sql.DataSource;

@Factory
class JobEngine {
    static final int MISSED_HEARTBEATS = 6;

    // Eager, so jobs left over from before a restart run without waiting for new work.
    @Context
    @Bean(preDestroy = "stop")
    Scheduler scheduler(DataSource dataSource, List<Task<?>> tasks, JobSettings settings) {
        Scheduler scheduler = Scheduler.create(DelegatingDataSource.unwrapDataSource(dataSource), tasks)
                .pollingInterval(settings.pollingInterval())
                .threads(settings.threads())
                .enableImmediateExecution()
                // The columns are timestamp with time zone; saying UTC spares db-scheduler a guess (and a warning) on H2.
                .alwaysPersistTimestampInUTC()
                .addExecutionInterceptor(new JobLogContext())
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
}
