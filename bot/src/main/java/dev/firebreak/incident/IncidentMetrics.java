package dev.firebreak.incident;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;

/**
 * How incidents come and go, for Prometheus: opened by source and severity, and the time to acknowledge (someone
 * takes command of an incident an alert or page opened) and to resolve, as histograms with buckets on the scale
 * of incidents (a minute to a day), so percentiles can be computed across replicas.
 */
@Singleton
public class IncidentMetrics {
    static final Duration[] BUCKETS = {Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15),
            Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(4), Duration.ofHours(8),
            Duration.ofHours(24)};

    private final MeterRegistry registry;

    public IncidentMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void opened(Incident incident) {
        Counter.builder("firebreak.incidents.opened").description("Incidents opened")
                .tag("source", incident.source()).tag("severity", incident.severity().label())
                .register(registry).increment();
    }

    /** The first commander of an incident that had none (an alert or page opened it). */
    void acknowledged(Incident incident, Instant at) {
        timer("firebreak.incident.time.to.acknowledge", "From opening to someone taking command", incident)
                .record(Duration.between(incident.createdAt(), at));
    }

    void resolved(Incident incident, Instant at) {
        timer("firebreak.incident.time.to.resolve", "From opening to resolution", incident)
                .record(Duration.between(incident.createdAt(), at));
    }

    private Timer timer(String name, String description, Incident incident) {
        return Timer.builder(name).description(description)
                .tag("source", incident.source()).tag("severity", incident.severity().label())
                .serviceLevelObjectives(BUCKETS).register(registry);
    }
}
