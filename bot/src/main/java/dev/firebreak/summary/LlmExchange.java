package dev.firebreak.summary;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** One prompt sent to a language model for an incident, exactly as sent, with its answer and what we made of it. */
@Serdeable
@MappedEntity("llm_exchange")
public record LlmExchange(
        @Id @GeneratedValue @Nullable Long id,
        Long incidentId,
        String purpose,
        String narrator,
        String promptVersion,
        String sent,
        @Nullable String received,
        String outcome,
        @Nullable Integer inputTokens,
        @Nullable Integer outputTokens,
        Instant at) {}
