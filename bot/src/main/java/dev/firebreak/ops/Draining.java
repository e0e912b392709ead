package dev.firebreak.ops;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Set once shutdown starts: from then on this replica is not ready and its webhooks answer 503, so senders retry
 * (PagerDuty, Alertmanager and Jira do) and reach another replica, while the jobs already running finish.
 */
@Singleton
public class Draining implements ApplicationEventListener<ShutdownEvent>, Ordered {
    private static final Logger LOG = LoggerFactory.getLogger(Draining.class);
    private final AtomicBoolean draining = new AtomicBoolean();

    public boolean active() {
        return draining.get();
    }

    public void begin() {
        if (draining.compareAndSet(false, true)) {
            LOG.info("Shutting down: webhooks now answer 503 and this replica is not ready; running jobs may finish");
        }
    }

    @Override
    public void onApplicationEvent(ShutdownEvent event) {
        begin();
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
