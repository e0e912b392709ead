package dev.firebreak.incident;

import io.micronaut.context.annotation.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The one rule of who may see and who may change an incident. Every entry point asks here: slash commands, header
 * buttons, {@code /incident list}, the JSON API and the web console.
 *
 * <p>An incident's <em>responders</em> are the people it records as participants: whoever declared it, its role
 * holders, and the people Firebreak invited (paged through PagerDuty, assigned, or named as an alert route's
 * responders). Members of the Slack user groups in {@code FIREBREAK_RESPONDER_GROUPS} count as responders of every
 * incident (membership is cached for {@link #GROUP_CACHE}).
 */
// Eager: a wrong FIREBREAK_RESPONDER_GROUPS stops the start instead of locking the on-call group out later.
@Context
public class IncidentAccess {
    /** How long a group's membership is trusted; someone removed from on-call loses access within this. */
    public static final Duration GROUP_CACHE = Duration.ofMinutes(1);

    private final ResponderSettings settings;
    private final ParticipantRepository participants;
    private final Chat chat;
    private final Clock clock;
    private final Map<String, Members> groups = new ConcurrentHashMap<>();

    private record Members(Set<String> userIds, Instant fetchedAt) {}

    public IncidentAccess(ResponderSettings settings, ParticipantRepository participants, Chat chat, Clock clock) {
        this.settings = settings;
        this.participants = participants;
        this.chat = chat;
        this.clock = clock;
    }

    /**
     * Whether {@code userId} may see the incident's details (timeline, summaries, what was sent to a model) and find
     * it in lists. A public incident is visible to everyone in the workspace; a private one only to its responders
     * (its participants: being added to the private channel by hand in Slack is not enough, and responder groups do
     * not open private incidents). Callers without a user (the API's shared token) pass {@code null}: they see public
     * incidents only.
     */
    public boolean canView(Incident incident, String userId) {
        return !incident.privateChannel() || (userId != null && isParticipant(incident, userId));
    }

    /**
     * Whether {@code userId} may change the incident (resolve, severity, status, roles, updates, pages, actions,
     * postmortem, header buttons): its responders and the members of the responder groups. Reading, notes, pins and
     * summaries are open to everyone who can see it.
     */
    public boolean canChange(Incident incident, String userId) {
        return isParticipant(incident, userId) || inResponderGroup(userId);
    }

    /**
     * "Take command" on an incident nobody commands: responders and responder groups; anyone only where the incident
     * has no responders and no responder groups are configured (then nobody else could ever take it).
     */
    public boolean canTakeCommand(Incident incident, String userId) {
        return canChange(incident, userId)
                || (settings.responderGroups().isEmpty()
                        && participants
                                .findByIncidentIdOrderByJoinedAt(incident.id())
                                .isEmpty());
    }

    /** Whether responder groups are configured; without them, incidents nobody was invited to are open to anyone. */
    public boolean hasResponderGroups() {
        return !settings.responderGroups().isEmpty();
    }

    /** Refuses unless {@code userId} may change the incident; nothing has changed when it throws. */
    public void requireChange(Incident incident, String userId, String what) {
        if (!canChange(incident, userId)) {
            throw notAResponder(incident, what).exception();
        }
    }

    public void requireTakeCommand(Incident incident, String userId) {
        if (!canTakeCommand(incident, userId)) {
            throw notAResponder(incident, "Take command").exception();
        }
    }

    /** Says who may, and how to be added. */
    public Refusal notAResponder(Incident incident, String what) {
        String groups = settings.responderGroups().isEmpty()
                ? ""
                : ", and members of "
                        + settings.responderGroups().stream().map(Mentions::of).collect(Collectors.joining(", "));
        return Refusal.notAllowed(
                what,
                "Only the responders of incident #" + incident.id() + " may do this: whoever declared it,"
                        + " its role holders, the people Firebreak invited" + groups + ".",
                "A responder can add you with `/incident role <commander|comms|scribe> @you`. Anyone may still read, "
                        + "add notes, pin and summarize.");
    }

    private boolean isParticipant(Incident incident, String userId) {
        return participants.findByIncidentIdAndUserId(incident.id(), userId).isPresent();
    }

    private boolean inResponderGroup(String userId) {
        Instant now = clock.instant();
        for (String group : settings.responderGroups()) {
            Members members = groups.get(group);
            if (members == null || members.fetchedAt().plus(GROUP_CACHE).isBefore(now)) {
                members = new Members(chat.membersOfGroup(group), now);
                groups.put(group, members);
            }
            if (members.userIds().contains(userId)) {
                return true;
            }
        }
        return false;
    }
}
