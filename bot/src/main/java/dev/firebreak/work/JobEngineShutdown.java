package dev.firebreak.work;

import com.github.kagkarlsson.scheduler.Scheduler;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;

/**
 * Stops the job engine as soon as shutdown starts, while the database and the vendor clients are still there: no
 * new job is picked, and running ones get {@code firebreak.jobs.shutdown-wait} to finish. Left to bean destruction,
 * the data source could close under a running job, which would then finish its work but fail to record it.
 */
@Singleton
class JobEngineShutdown implements ApplicationEventListener<ShutdownEvent>, Ordered {
    private final BeanProvider<Scheduler> scheduler;

    JobEngineShutdown(BeanProvider<Scheduler> scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public void onApplicationEvent(ShutdownEvent event) {
        scheduler.get().stop();
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE + 1; // just after the webhooks start refusing
    }
}
