package dev.firebreak.incident;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reminds an incident channel that has gone quiet: stakeholders and the next shift read the updates, and in the
 * middle of the work nobody notices an hour has passed. The reminders land in the timeline too, where gaps in
 * communication show in the postmortem.
 */
@Singleton
public class UpdateReminders {
    /** What counts as hearing from the incident: a status update, a status or severity change, the declaration. */
    private static final Set<TimelineKind> UPDATES = EnumSet.of(TimelineKind.DECLARED, TimelineKind.STATUS_UPDATE,
            TimelineKind.STATUS_CHANGED, TimelineKind.SEVERITY_CHANGED);
    private static final String ACTOR = "firebreak";

    private final IncidentRepository incidents;
    private final IncidentService service;
    private final UpdateReminderSettings settings;

    public UpdateReminders(IncidentRepository incidents, IncidentService service, UpdateReminderSettings settings) {
        this.incidents = incidents;
        this.service = service;
        this.settings = settings;
    }

    /** Reminds every open incident that is due at {@code now}; returns how many were reminded. */
    public int remindQuietIncidents(Instant now) {
        int reminded = 0;
        for (Incident incident : incidents.findByStatusNotEqualOrderByCreatedAt(IncidentStatus.RESOLVED)) {
            Optional<Duration> every = settings.every(incident.severity());
            if (every.isPresent() && incident.hasChannel() && remindIfQuiet(incident, every.get(), now)) {
                reminded++;
            }
        }
        return reminded;
    }

    private boolean remindIfQuiet(Incident incident, Duration every, Instant now) {
        List<TimelineEntry> timeline = service.timeline(incident.id());
        Instant lastUpdate = latest(timeline, UPDATES).orElse(incident.createdAt());
        Instant lastReminder = latest(timeline, EnumSet.of(TimelineKind.UPDATE_REMINDER)).orElse(Instant.MIN);
        Instant lastHeard = lastReminder.isAfter(lastUpdate) ? lastReminder : lastUpdate;
        if (now.isBefore(lastHeard.plus(every))) {
            return false;
        }
        String label = incident.severity().label().toUpperCase();
        String quiet = Durations.human(Duration.between(lastUpdate, now));
        String commander = service.card(incident).commander();
        ChatText who = commander == null ? ChatText.ours("Whoever is on it: take command from the header, then post one")
                : ChatText.mention(commander).then(", please post one");
        // Keyed by the moment it is due, so two checks racing for the same reminder record it once.
        boolean recorded = service.recordOnce(incident, TimelineKind.UPDATE_REMINDER, ACTOR, TimelineSource.SYSTEM,
                "No status update for " + quiet + " (" + label + " expects one every " + Durations.human(every) + ")",
                now, "remind:" + lastHeard.plus(every).toEpochMilli());
        if (recorded) {
            service.tellChannel(incident, ChatText.ours(":bell: No status update on this " + label + " incident for " + quiet
                    + ". ").then(who).thenOutside(" with `/incident update <what changed>`."));
        }
        return recorded;
    }

    private static Optional<Instant> latest(List<TimelineEntry> timeline, Set<TimelineKind> kinds) {
        return timeline.stream().filter(e -> kinds.contains(e.kind())).map(TimelineEntry::occurredAt).max(Instant::compareTo);
    }
}
