package dev.firebreak.inbound;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface InboundEventRepository extends GenericRepository<InboundEvent, Long> {

    InboundEvent save(InboundEvent event);

    Optional<InboundEvent> findById(Long id);

    boolean existsBySourceAndDeliveryId(String source, String deliveryId);

    List<InboundEvent> findByProcessedAtIsNull();

    long countBySource(String source);

    void updateProcessedAt(@Id Long id, Instant processedAt);

    /** Processed deliveries older than {@code before}; unprocessed ones (null) are never matched. */
    long deleteByProcessedAtLessThan(Instant before);
}
