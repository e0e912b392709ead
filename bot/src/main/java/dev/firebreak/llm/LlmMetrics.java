package dev.firebreak.llm;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Calls to the language model by provider and outcome, their latency, and the tokens they used. */
final class LlmMetrics {
    private final MeterRegistry registry;
    private final String provider;

    LlmMetrics(MeterRegistry registry, String provider) {
        this.registry = registry;
        this.provider = provider;
    }

    void answered(long nanos, int inputTokens, int outputTokens) {
        call("ok", nanos);
        tokens("input", inputTokens);
        tokens("output", outputTokens);
    }

    void failed(long nanos) {
        call("error", nanos);
    }

    private void call(String outcome, long nanos) {
        Counter.builder("firebreak.llm.calls").description("Calls to the language model")
                .tag("provider", provider).tag("outcome", outcome).register(registry).increment();
        Timer.builder("firebreak.llm.latency").description("Time the language model took to answer or fail")
                .tag("provider", provider).tag("outcome", outcome)
                .serviceLevelObjectives(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5),
                        Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(60))
                .register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }

    private void tokens(String direction, int count) {
        Counter.builder("firebreak.llm.tokens").description("Tokens the language model read and wrote")
                .tag("provider", provider).tag("direction", direction).register(registry).increment(count);
    }
}
