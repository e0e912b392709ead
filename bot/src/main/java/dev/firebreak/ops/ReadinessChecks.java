package dev.firebreak.ops;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerState;
import io.micronaut.context.BeanProvider;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;

/**
 * What readiness means for Firebreak: the database answers, and the job engine runs (and this replica is not
 * shutting down). Slack, PagerDuty, Jira and the LLM are left out on purpose: when one of them is down, restarting or
 * unrouting Firebreak helps nobody; the jobs wait and retry, and webhooks must still be stored.
 */
final class ReadinessChecks {
    private ReadinessChecks() {}

    @Singleton
    @Readiness
    static class DatabaseReadiness implements HealthIndicator {
        private final DataSource dataSource;
        private final ExecutorService blocking;

        DatabaseReadiness(DataSource dataSource, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
            this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
            this.blocking = blocking;
        }

        @Override
        public Publisher<HealthResult> getResult() {
            // JDBC blocks: not on the event loop that serves the probe.
            return Publishers.fromCompletableFuture(CompletableFuture.supplyAsync(this::check, blocking));
        }

        private HealthResult check() {
            try (Connection c = dataSource.getConnection()) {
                boolean valid = c.isValid(2);
                return HealthResult.builder("firebreak-database", valid ? HealthStatus.UP : HealthStatus.DOWN).build();
            } catch (SQLException e) {
                return HealthResult.builder("firebreak-database", HealthStatus.DOWN)
                        .details(Map.of("error", String.valueOf(e.getMessage()))).build();
            }
        }
    }

    @Singleton
    @Readiness
    static class JobEngineReadiness implements HealthIndicator {
        private final BeanProvider<Scheduler> scheduler;
        private final Draining draining;

        JobEngineReadiness(BeanProvider<Scheduler> scheduler, Draining draining) {
            this.scheduler = scheduler;
            this.draining = draining;
        }

        @Override
        public Publisher<HealthResult> getResult() {
            SchedulerState state = scheduler.get().getSchedulerState();
            boolean up = state.isStarted() && !state.isShuttingDown() && !state.isPaused() && !draining.active();
            return Publishers.just(HealthResult.builder("firebreak-jobs", up ? HealthStatus.UP : HealthStatus.DOWN)
                    .details(Map.of("started", state.isStarted(), "shuttingDown", state.isShuttingDown() || draining.active())).build());
        }
    }
}
