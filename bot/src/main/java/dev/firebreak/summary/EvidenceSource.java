package dev.firebreak.summary;

import dev.firebreak.incident.Incident;
import io.micronaut.core.annotation.Nullable;

/** Where evidence comes from (the cluster: analyzers, logs, events, recent changes). */
public interface EvidenceSource {

    /**
     * Collects what is failing where the incident points: {@code namespace}/{@code workload} when given, otherwise the
     * incident's alert labels. Problems reaching the cluster are reported in {@link Evidence#problems()}, not thrown.
     */
    Evidence gather(Incident incident, @Nullable String namespace, @Nullable String workload);
}
