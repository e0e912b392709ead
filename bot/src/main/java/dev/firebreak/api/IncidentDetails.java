package dev.firebreak.api;

import dev.firebreak.incident.Incident;
import dev.firebreak.incident.Participant;
import dev.firebreak.incident.TimelineEntry;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

@Serdeable
public record IncidentDetails(Incident incident, List<Participant> participants, List<TimelineEntry> timeline) {}
