package dev.firebreak.inbound;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes processed webhook deliveries older than {@code firebreak.retention.inbound}, hourly, once per database
 * however many replicas run. A redelivery after that is long past any sender's retry window.
 */
@Factory
public class InboundPruning implements ApplicationEventListener<ServerStartupEvent> {
    static final String PRUNE = "prune-inbound-events";
    static final Duration EVERY = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(InboundPruning.class);

    private final InboundEventRepository events;
    private final BeanProvider<Scheduler> scheduler;
    private final RetentionSettings settings;
    private final Clock clock;

    InboundPruning(InboundEventRepository events, BeanProvider<Scheduler> scheduler, RetentionSettings settings,
            Clock clock) {
        this.events = events;
        this.scheduler = scheduler;
        this.settings = settings;
        this.clock = clock;
    }

    @Singleton
    RecurringTask<Void> pruneTask() {
        return Tasks.recurring(PRUNE, FixedDelay.of(EVERY)).execute((instance, context) -> prune());
    }

    /** Deletes what is past retention; returns how many deliveries went. */
    public long prune() {
        long deleted = events.deleteByProcessedAtLessThan(clock.instant().minus(settings.inbound()));
        if (deleted > 0) {
            LOG.info("Deleted {} processed webhook deliveries older than {}", deleted, settings.inbound());
        }
        return deleted;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        scheduler.get().scheduleIfNotExists(new TaskInstance<>(PRUNE, RecurringTask.INSTANCE), clock.instant().plus(EVERY));
    }
}
