package dev.firebreak.summary;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;

/**
 * Summaries posted by outcome ({@code narrated}: with the model's narrative; {@code deterministic}: no model
 * configured or no evidence for one; {@code fallback}: the model failed and the deterministic summary stood in), and
 * each fallback from a model by why ({@code error}: no answer, a timeout; {@code invalid}: an unusable answer).
 */
@Singleton
public class SummaryMetrics {
    private final MeterRegistry registry;

    public SummaryMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void posted(Summary summary) {
        String outcome = summary.fallbackReason() != null ? "fallback" : summary.narrative() != null ? "narrated" : "deterministic";
        Counter.builder("firebreak.summaries").description("Summaries posted, by outcome")
                .tag("outcome", outcome).register(registry).increment();
    }

    void fellBack(String purpose, String reason) {
        Counter.builder("firebreak.llm.fallbacks").description("Model answers replaced by the deterministic text")
                .tag("purpose", purpose).tag("reason", reason).register(registry).increment();
    }
}
