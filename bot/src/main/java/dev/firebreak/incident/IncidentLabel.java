package dev.firebreak.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.serde.annotation.Serdeable;

/** A label of the alert that opened the incident, such as {@code namespace=payments}: where diagnostics look. */
@Serdeable
@MappedEntity("incident_label")
public record IncidentLabel(
        @Id @GeneratedValue @Nullable Long id,
        Long incidentId,
        String name,
        // "value" is a reserved word in H2
        @MappedProperty("label_value") String value) {}
