package dev.firebreak.incident;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    private final IncidentLabelRepository labels;
    private final ChatJobs chatJobs;
    private final PagerJobs pagerJobs;
    private final SecretMasking masking;
    private final Clock clock;
    private final TransactionOperations<Connection> transactions;
    private final IncidentMetrics metrics;

    public IncidentService(IncidentRepository incidents, ParticipantRepository participants,
            TimelineRepository timeline, IncidentLabelRepository labels, ChatJobs chatJobs, PagerJobs pagerJobs,
            SecretMasking masking, Clock clock, TransactionOperations<Connection> transactions, IncidentMetrics metrics) {
        this.incidents = incidents;
        this.participants = participants;
        this.timeline = timeline;
        this.labels = labels;
        this.chatJobs = chatJobs;
        this.pagerJobs = pagerJobs;
        this.masking = masking;
        this.clock = clock;
        this.transactions = transactions;
        this.metrics = metrics;
    }

    public Incident declare(Declaration declaration) {
        return declare(declaration, Map.of());
    }

    /** Declares with the labels of the alert behind it; diagnostics look there first. */
    public Incident declare(Declaration declaration, Map<String, String> labelsOfAlert) {
        Declaration masked = new Declaration(masking.mask(declaration.title()), declaration.severity(),
                masking.mask(declaration.description()), declaration.service(), declaration.declaredBy(),
                declaration.declaredIn(), declaration.source(), declaration.externalKey(), declaration.externalUrl(),
                declaration.privateChannel());
        Instant now = clock.instant();
        // All or nothing: nobody may see an incident without its commander, labels or first timeline entry.
        Incident incident = transactions.executeWrite(status -> {
            Incident saved = incidents.save(Incident.declared(masked, now));
            if (masked.byPerson()) {
                participants.save(new Participant(null, saved.id(), masked.declaredBy(), Role.COMMANDER, now));
            }
            labelsOfAlert.forEach((name, value) -> labels.save(new IncidentLabel(null, saved.id(), name, value)));
            record(saved, masked.declaredBy(), TimelineKind.DECLARED, masked.source(),
                    String.format("Declared %s: %s", masked.severity().label(), masked.title()));
            return saved;
        });
        // After the commit: the job runs on its own connection and must find the incident.
        chatJobs.openChannel(incident.id());
        metrics.opened(incident);
        return incident;
    }

    /**
     * The incident opened by an alert or page, declaring it on first sight. Two deliveries racing for the same key
     * meet at the database's unique constraint: one declares, the other finds its incident.
     */
    public Incident findOrDeclare(Declaration declaration, Map<String, String> labelsOfAlert) {
        String key = Objects.requireNonNull(declaration.externalKey(), "externalKey");
        Optional<Incident> existing = incidents.findByExternalKey(key);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            return declare(declaration, labelsOfAlert);
        } catch (DataAccessException e) {
            return incidents.findByExternalKey(key).orElseThrow(() -> e);
        }
    }

    /** Invites the people and user groups an alert route names; the channel invites them once it is open. */
    public void inviteResponders(Incident incident, List<String> peopleAndGroups) {
        chatJobs.inviteResponders(incident.id(), peopleAndGroups);
    }

    public Optional<Incident> findByExternalKey(String externalKey) {
        return incidents.findByExternalKey(externalKey);
    }

    /** The newest incident whose external key starts with {@code prefix}: the latest of a source's recurring keys. */
    public Optional<Incident> latestByExternalKeyPrefix(String prefix) {
        return incidents.findByExternalKeyStartsWithOrderByIdDesc(prefix).stream().findFirst();
    }

    public Map<String, String> labels(long incidentId) {
        Map<String, String> result = new LinkedHashMap<>();
        labels.findByIncidentIdOrderByName(incidentId).forEach(l -> result.put(l.name(), l.value()));
        return result;
    }

    public Optional<Incident> find(long id) {
        return incidents.findById(id);
    }

    public Optional<Incident> findByChannel(String channelId) {
        return incidents.findByChannelId(channelId);
    }

    /** Open incidents, most severe first and, within a severity, oldest first. */
    public List<IncidentCard> openIncidents() {
        return incidents.findByStatusNotEqualOrderByCreatedAt(IncidentStatus.RESOLVED).stream()
                .sorted(Comparator.comparing(Incident::severity)).map(this::card).toList();
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

    /** Pages more responders through the pager; the incident must have come from it. */
    public void page(Incident incident, PageTarget target, String actor) {
        requireOpen(incident, "Page " + target.describe());
        if (incident.pagerIncidentId().isEmpty()) {
            throw Refusal.notPossible("Page " + target.describe(), "Incident #" + incident.id()
                    + " did not come from PagerDuty, so there is nobody to page through it.", null).exception();
        }
        pagerJobs.page(incident.id(), actor, target);
        if (target.isPerson()) {
            addResponders(incident.id(), List.of(target.chatUserId()));
        }
    }

    /**
     * Records people Firebreak invited (paged, assigned, an alert route's responders) as participants: they may then
     * change the incident (see {@link IncidentAccess}).
     */
    public void addResponders(long incidentId, java.util.Collection<String> userIds) {
        for (String userId : userIds) {
            if (participants.findByIncidentIdAndUserId(incidentId, userId).isEmpty()) {
                try {
                    participants.save(new Participant(null, incidentId, userId, null, clock.instant()));
                } catch (DataAccessException e) {
                    // Recorded a moment earlier by another delivery: the unique constraint kept one row.
                }
            }
        }
    }

    /** A page for an incident already open here: the responders it brings are invited. */
    public void pagedResponders(Incident incident, List<String> pagerUserIds) {
        if (!pagerUserIds.isEmpty()) {
            pagerJobs.inviteResponders(incident.id(), pagerUserIds);
        }
    }

    /** Tells the pager where the incident is worked, once the channel is open. */
    public void linkPagerToChannel(Incident incident) {
        pagerJobs.linkChannel(incident.id());
    }

    public Incident changeSeverity(Incident incident, Severity severity, String actor, TimelineSource source) {
        requireOpen(incident, "Change the severity");
        if (incident.severity() == severity) {
            return incident;
        }
        incidents.updateSeverity(incident.id(), severity, clock.instant());
        String text = String.format("Severity changed from %s to %s", incident.severity().label(), severity.label());
        record(incident, actor, TimelineKind.SEVERITY_CHANGED, source, text);
        chatJobs.refreshCard(incident.id());
        chatJobs.post(incident.id(), ChatText.ours(":rotating_light: ").thenMention(actor).then(" " + lowerFirst(text)), true);
        return reload(incident);
    }

    public Incident changeStatus(Incident incident, IncidentStatus status, String actor, TimelineSource source) {
        requireOpen(incident, status == IncidentStatus.RESOLVED ? "Resolve" : "Change the status");
        if (incident.status() == status) {
            return incident;
        }
        Instant now = clock.instant();
        incidents.updateStatus(incident.id(), status, status == IncidentStatus.RESOLVED ? now : null, now);
        boolean resolved = status == IncidentStatus.RESOLVED;
        if (resolved) {
            metrics.resolved(incident, now);
        }
        String text = resolved
                ? "Resolved after " + Durations.human(incident.age(now))
                : String.format("Status changed from %s to %s", incident.status().label(), status.label());
        record(incident, actor, resolved ? TimelineKind.RESOLVED : TimelineKind.STATUS_CHANGED, source, text);
        chatJobs.refreshCard(incident.id());
        chatJobs.post(incident.id(), ChatText.ours(resolved ? ":white_check_mark: " : ":arrows_counterclockwise: ")
                .thenMention(actor).then(" " + lowerFirst(text)), true);
        // A resolve that came from the pager must not be sent back to it.
        if (resolved && source != TimelineSource.PAGERDUTY && incident.pagerIncidentId().isPresent()) {
            pagerJobs.resolve(incident.id());
        }
        return reload(incident);
    }

    public Incident resolve(Incident incident, String actor, TimelineSource source) {
        return changeStatus(incident, IncidentStatus.RESOLVED, actor, source);
    }

    /** The header's "Take command": only while nobody is commander; of two people clicking at once, one gets it. */
    public Incident takeCommand(Incident incident, String userId, TimelineSource source) {
        requireOpen(incident, "Take command");
        Optional<Participant> commander = participants.findByIncidentIdAndRole(incident.id(), Role.COMMANDER);
        if (commander.isPresent()) {
            if (commander.get().userId().equals(userId)) {
                return incident;
            }
            throw Refusal.notPossible("Take command", "<@" + commander.get().userId() + "> is already commander of #"
                    + incident.id() + ".", "To hand over, use `/incident role commander @someone`.").exception();
        }
        try {
            return assignRole(incident, Role.COMMANDER, userId, userId, source);
        } catch (DataAccessException e) {
            throw Refusal.notPossible("Take command", "Someone else took command of #" + incident.id() + " a moment earlier.",
                    null).exception();
        }
    }

    /** Gives {@code role} to {@code userId}, taking it from whoever held it. */
    public Incident assignRole(Incident incident, Role role, String userId, String actor, TimelineSource source) {
        requireOpen(incident, "Give the " + role.label() + " role");
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
        if (role == Role.COMMANDER && holder.isEmpty()) {
            metrics.acknowledged(incident, clock.instant());
        }
        record(incident, actor, TimelineKind.ROLE_ASSIGNED, source, "<@" + userId + "> is now " + role.label());
        chatJobs.invite(incident.id(), List.of(userId));
        chatJobs.refreshCard(incident.id());
        chatJobs.post(incident.id(), ChatText.ours(":bust_in_silhouette: ").thenMention(userId)
                .then(" is now " + role.label() + " (set by ").thenMention(actor).then(")"), false);
        return incident;
    }

    public void postUpdate(Incident incident, String text, String actor, TimelineSource source) {
        text = masking.mask(text);
        record(incident, actor, TimelineKind.STATUS_UPDATE, source, text);
        chatJobs.post(incident.id(), ChatText.ours(":mega: *Update* from ").thenMention(actor).then(": ").thenOutside(text), true);
    }

    /**
     * Adds a note. {@code dedupKey}, when given, makes a redelivered event land once; {@code occurredAt} keeps the
     * original time of a captured message.
     *
     * @return false when the note was already recorded
     */
    public boolean addNote(Incident incident, String text, String actor, TimelineSource source,
            @Nullable Instant occurredAt, @Nullable String dedupKey) {
        TimelineKind kind = source == TimelineSource.REACTION ? TimelineKind.PINNED_MESSAGE : TimelineKind.NOTE;
        return recordOnce(incident, kind, actor, source, text, occurredAt, dedupKey);
    }

    /**
     * Appends an entry unless one with the same {@code dedupKey} exists: the way redelivered events land once.
     *
     * @return false when it was already recorded
     */
    public boolean recordOnce(Incident incident, TimelineKind kind, String actor, TimelineSource source, String text,
            @Nullable Instant occurredAt, @Nullable String dedupKey) {
        if (dedupKey != null && timeline.existsByIncidentIdAndDedupKey(incident.id(), dedupKey)) {
            return false;
        }
        Instant now = clock.instant();
        try {
            timeline.save(new TimelineEntry(null, incident.id(), occurredAt != null ? occurredAt : now, now, actor,
                    kind, source.label(), masking.mask(text), dedupKey));
        } catch (DataAccessException e) {
            if (dedupKey != null && timeline.existsByIncidentIdAndDedupKey(incident.id(), dedupKey)) {
                return false; // a concurrent delivery of the same event won the race
            }
            throw e;
        }
        return true;
    }

    /** Posts in the incident channel (once it exists) without changing the incident. */
    public void tellChannel(Incident incident, ChatText text) {
        chatJobs.post(incident.id(), text.mapOutside(masking::mask), false);
    }

    /** Adds a chat message someone pinned to the timeline, once its text has been fetched. */
    public void capturePinnedMessage(Incident incident, String channelId, String messageRef, String pinnedBy) {
        chatJobs.capturePinnedMessage(incident.id(), channelId, messageRef, pinnedBy);
    }

    /** Records what happened on the chat side (channel opened, a call refused) without changing the incident. */
    public void recordSystem(long incidentId, TimelineKind kind, String text) {
        timeline.save(TimelineEntry.of(incidentId, clock.instant(), "firebreak", kind, TimelineSource.SYSTEM, masking.mask(text)));
    }

    private void record(Incident incident, String actor, TimelineKind kind, TimelineSource source, String text) {
        timeline.save(TimelineEntry.of(incident.id(), clock.instant(), actor, kind, source, masking.mask(text)));
    }

    private Incident reload(Incident incident) {
        return incidents.findById(incident.id()).orElseThrow();
    }

    private static void requireOpen(Incident incident, String what) {
        if (!incident.status().isOpen()) {
            throw Refusal.notPossible(what, "Incident #" + incident.id() + " is already resolved.", null).exception();
        }
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
