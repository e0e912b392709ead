package dev.firebreak.incident;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Declares and works incidents. Every change is written to the database first, with its timeline entry; the
 * chat side effects are handed to {@link ChatJobs} so the caller can be answered at once.
 */
@Singleton
public class IncidentService {
    private final IncidentRepository incidents;
    private final ParticipantRepository participants;
    private final TimelineRepository timeline;
    private final ChatJobs chatJobs;
    private final Clock clock;

    public IncidentService(IncidentRepository incidents, ParticipantRepository participants,
            TimelineRepository timeline, ChatJobs chatJobs, Clock clock) {
        this.incidents = incidents;
        this.participants = participants;
        this.timeline = timeline;
        this.chatJobs = chatJobs;
        this.clock = clock;
    }

    public Incident declare(Declaration declaration) {
        Instant now = clock.instant();
        Incident incident = incidents.save(Incident.declared(declaration, now));
        participants.save(new Participant(null, incident.id(), declaration.declaredBy(), Role.COMMANDER, now));
        record(incident, declaration.declaredBy(), TimelineKind.DECLARED, declaration.source(),
                String.format("Declared %s: %s", declaration.severity().label(), declaration.title()));
        chatJobs.openChannel(incident.id());
        return incident;
    }

    public Optional<Incident> find(long id) {
        return incidents.findById(id);
    }

    public Optional<Incident> findByChannel(String channelId) {
        return incidents.findByChannelId(channelId);
    }

    public List<Incident> all() {
        return incidents.findAllOrderByCreatedAtDesc();
    }

    public List<TimelineEntry> timeline(long incidentId) {
        return timeline.findTimeline(incidentId);
    }

    public List<Participant> participants(long incidentId) {
        return participants.findByIncidentIdOrderByJoinedAt(incidentId);
    }

    public IncidentCard card(Incident incident) {
        Map<Role, String> roles = new EnumMap<>(Role.class);
        for (Participant p : participants(incident.id())) {
            if (p.role() != null) {
                roles.put(p.role(), p.userId());
            }
        }
        return new IncidentCard(incident, roles);
    }

    public Incident changeSeverity(Incident incident, Severity severity, String actor, TimelineSource source) {
        requireOpen(incident);
        if (incident.severity() == severity) {
            return incident;
        }
        incidents.updateSeverity(incident.id(), severity, clock.instant());
        String text = String.format("Severity changed from %s to %s", incident.severity().label(), severity.label());
        record(incident, actor, TimelineKind.SEVERITY_CHANGED, source, text);
        chatJobs.refreshCard(incident.id());
        chatJobs.post(incident.id(), ":rotating_light: <@" + actor + "> " + lowerFirst(text), true);
        return reload(incident);
    }

    public Incident changeStatus(Incident incident, IncidentStatus status, String actor, TimelineSource source) {
        requireOpen(incident);
        if (incident.status() == status) {
            return incident;
        }
        Instant now = clock.instant();
        incidents.updateStatus(incident.id(), status, status == IncidentStatus.RESOLVED ? now : null, now);
        boolean resolved = status == IncidentStatus.RESOLVED;
        String text = resolved
                ? "Resolved after " + Durations.human(incident.age(now))
                : String.format("Status changed from %s to %s", incident.status().label(), status.label());
        record(incident, actor, resolved ? TimelineKind.RESOLVED : TimelineKind.STATUS_CHANGED, source, text);
        chatJobs.refreshCard(incident.id());
        chatJobs.post(incident.id(), (resolved ? ":white_check_mark: " : ":arrows_counterclockwise: ") + "<@" + actor
                + "> " + lowerFirst(text), true);
        return reload(incident);
    }

    public Incident resolve(Incident incident, String actor, TimelineSource source) {
        return changeStatus(incident, IncidentStatus.RESOLVED, actor, source);
    }

    /** Gives {@code role} to {@code userId}, taking it from whoever held it. */
    public Incident assignRole(Incident incident, Role role, String userId, String actor, TimelineSource source) {
        requireOpen(incident);
        Optional<Participant> holder = participants.findByIncidentIdAndRole(incident.id(), role);
        if (holder.isPresent() && holder.get().userId().equals(userId)) {
            return incident;
        }
        holder.ifPresent(p -> participants.updateRole(p.id(), null));
        Optional<Participant> existing = participants.findByIncidentIdAndUserId(incident.id(), userId);
        if (existing.isPresent()) {
            participants.updateRole(existing.get().id(), role);
        } else {
            participants.save(new Participant(null, incident.id(), userId, role, clock.instant()));
        }
        record(incident, actor, TimelineKind.ROLE_ASSIGNED, source, "<@" + userId + "> is now " + role.label());
        chatJobs.invite(incident.id(), List.of(userId));
        chatJobs.refreshCard(incident.id());
        chatJobs.post(incident.id(), ":bust_in_silhouette: <@" + userId + "> is now " + role.label()
                + " (set by <@" + actor + ">)", false);
        return incident;
    }

    public void postUpdate(Incident incident, String text, String actor, TimelineSource source) {
        record(incident, actor, TimelineKind.STATUS_UPDATE, source, text);
        chatJobs.post(incident.id(), ":mega: *Update* from <@" + actor + ">: " + text, true);
    }

    /**
     * Adds a note. {@code dedupKey}, when given, makes a redelivered event land once; {@code occurredAt} keeps the
     * original time of a captured message.
     *
     * @return false when the note was already recorded
     */
    public boolean addNote(Incident incident, String text, String actor, TimelineSource source,
            @Nullable Instant occurredAt, @Nullable String dedupKey) {
        if (dedupKey != null && timeline.existsByIncidentIdAndDedupKey(incident.id(), dedupKey)) {
            return false;
        }
        Instant now = clock.instant();
        TimelineKind kind = source == TimelineSource.REACTION ? TimelineKind.PINNED_MESSAGE : TimelineKind.NOTE;
        timeline.save(new TimelineEntry(null, incident.id(), occurredAt != null ? occurredAt : now, now, actor, kind,
                source.label(), text, dedupKey));
        return true;
    }

    /** Adds a chat message someone pinned to the timeline, once its text has been fetched. */
    public void capturePinnedMessage(Incident incident, String channelId, String messageRef, String pinnedBy) {
        chatJobs.capturePinnedMessage(incident.id(), channelId, messageRef, pinnedBy);
    }

    /** Records what happened on the chat side (channel opened, a call refused) without changing the incident. */
    public void recordSystem(long incidentId, TimelineKind kind, String text) {
        timeline.save(TimelineEntry.of(incidentId, clock.instant(), "firebreak", kind, TimelineSource.SYSTEM, text));
    }

    private void record(Incident incident, String actor, TimelineKind kind, TimelineSource source, String text) {
        timeline.save(TimelineEntry.of(incident.id(), clock.instant(), actor, kind, source, text));
    }

    private Incident reload(Incident incident) {
        return incidents.findById(incident.id()).orElseThrow();
    }

    private static void requireOpen(Incident incident) {
        if (!incident.status().isOpen()) {
            throw new IllegalStateException("Incident #" + incident.id() + " is already resolved.");
        }
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
