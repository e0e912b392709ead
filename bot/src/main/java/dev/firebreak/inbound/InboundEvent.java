package dev.firebreak.inbound;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One webhook delivery as it arrived. */
@MappedEntity("inbound_event")
public record InboundEvent(
        @Id @GeneratedValue @Nullable Long id,
        String source,
        String deliveryId,
        String eventType,
        Instant receivedAt,
        String payload,
        @Nullable Instant processedAt) {}
