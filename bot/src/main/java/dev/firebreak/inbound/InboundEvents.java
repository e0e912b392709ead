package dev.firebreak.inbound;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.firebreak.work.JobSettings;
import dev.firebreak.work.RetryWithBackoff;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accepts webhook deliveries: stores each once (the database's unique key decides, also between concurrent
 * retries), then processes it as a durable job, so the sender is answered as soon as the event is safe.
 */
@Factory
public class InboundEvents implements ApplicationEventListener<ServerStartupEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(InboundEvents.class);
    static final TaskDescriptor<Long> PROCESS = TaskDescriptor.of("process-inbound-event", Long.class);

    private final InboundEventRepository events;
    private final BeanProvider<Scheduler> scheduler;
    private final Map<String, InboundEventHandler> handlers;
    private final Clock clock;

    InboundEvents(InboundEventRepository events, BeanProvider<Scheduler> scheduler, List<InboundEventHandler> handlers,
            Clock clock) {
        this.events = events;
        this.scheduler = scheduler;
        this.handlers = handlers.stream().collect(Collectors.toMap(InboundEventHandler::source, Function.identity()));
        this.clock = clock;
    }

    /**
     * Stores a delivery and queues it for processing.
     *
     * @return the stored event, or empty when this delivery was seen before
     */
    public Optional<InboundEvent> accept(String source, String deliveryId, String eventType, String payload) {
        if (events.existsBySourceAndDeliveryId(source, deliveryId)) {
            return Optional.empty();
        }
        InboundEvent saved;
        try {
            saved = events.save(new InboundEvent(null, source, deliveryId, eventType, clock.instant(), payload, null));
        } catch (DataAccessException e) {
            if (events.existsBySourceAndDeliveryId(source, deliveryId)) {
                return Optional.empty(); // a concurrent retry of the same delivery stored it first
            }
            throw e;
        }
        queue(saved.id());
        return Optional.of(saved);
    }

    @Singleton
    Task<Long> processInboundEvent(JobSettings settings) {
        return Tasks.oneTime(PROCESS)
                .onFailure(new RetryWithBackoff<>(settings))
                .execute((instance, context) -> process(instance.getData()));
    }

    void process(long id) {
        InboundEvent event = events.findById(id).orElseThrow(() -> new IllegalStateException("no inbound event " + id));
        if (event.processedAt() != null) {
            return;
        }
        InboundEventHandler handler = handlers.get(event.source());
        if (handler == null) {
            LOG.warn("No handler for {} event {}; keeping it unprocessed", event.source(), id);
            return;
        }
        handler.handle(event);
        events.updateProcessedAt(id, clock.instant());
    }

    /** A delivery stored just before a crash may have no job yet; give it one. */
    @Override
    public void onApplicationEvent(ServerStartupEvent startup) {
        events.findByProcessedAtIsNull().forEach(e -> queue(e.id()));
    }

    private void queue(long id) {
        scheduler.get().scheduleIfNotExists(PROCESS.instance("inbound-" + id).data(id).scheduledTo(Instant.now()));
    }
}
