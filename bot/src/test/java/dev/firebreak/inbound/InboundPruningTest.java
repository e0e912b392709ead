package dev.firebreak.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import dev.firebreak.support.AppTestBase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Processed deliveries go after firebreak.retention.inbound; unprocessed ones stay, whatever their age. */
@MicronautTest(transactional = false)
class InboundPruningTest extends AppTestBase {
    @Inject
    InboundEventRepository events;

    @Inject
    InboundPruning pruning;

    @Inject
    Scheduler scheduler;

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("firebreak.retention.inbound", "2d");
    }

    @Test
    void oldProcessedDeliveriesArePrunedAndUnprocessedOnesKept() {
        Instant now = Instant.now();
        store("old-processed", now.minus(Duration.ofDays(5)), now.minus(Duration.ofDays(3)));
        store("old-unprocessed", now.minus(Duration.ofDays(30)), null);
        store("recent-processed", now.minus(Duration.ofDays(1)), now.minus(Duration.ofDays(1)));

        assertThat(pruning.prune()).isEqualTo(1);

        assertThat(events.existsBySourceAndDeliveryId("test", "old-processed")).isFalse();
        assertThat(events.existsBySourceAndDeliveryId("test", "old-unprocessed")).isTrue();
        assertThat(events.existsBySourceAndDeliveryId("test", "recent-processed")).isTrue();
    }

    @Test
    void pruningIsARecurringJob() {
        assertThat(scheduler.getScheduledExecution(TaskInstanceId.of(InboundPruning.PRUNE, "recurring"))).isPresent();
    }

    private void store(String deliveryId, Instant receivedAt, Instant processedAt) {
        events.save(new InboundEvent(null, "test", deliveryId, "test", receivedAt, "{}", processedAt));
    }
}
