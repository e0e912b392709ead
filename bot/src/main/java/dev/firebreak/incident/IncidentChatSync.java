package dev.firebreak.incident;

import jakarta.inject.Singleton;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Carries out {@link ChatJobs}. Each step checks what is already done, so a job that is retried after a
 * failure or a restart finishes the work instead of repeating it.
 */
@Singleton
public class IncidentChatSync {
    private static final DateTimeFormatter CHANNEL_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

    private final IncidentService service;
    private final IncidentRepository incidents;
    private final Chat chat;

    public IncidentChatSync(IncidentService service, IncidentRepository incidents, Chat chat) {
        this.service = service;
        this.incidents = incidents;
        this.chat = chat;
    }

    public static String channelNameFor(Incident incident) {
        return "inc-" + CHANNEL_DATE.format(incident.createdAt()) + "-" + incident.title();
    }

    public void openChannel(long incidentId) {
        Incident incident = load(incidentId);
        if (!incident.hasChannel()) {
            Chat.Channel channel = chat.openChannel(
                    channelNameFor(incident),
                    incident.privateChannel(),
                    id -> incidents.findByChannelId(id).isEmpty());
            incidents.updateChannelIdAndChannelName(incidentId, channel.id(), channel.name());
            service.recordSystem(incidentId, TimelineKind.CHANNEL_OPENED, "Opened channel #" + channel.name());
            incident = load(incidentId);
        }
        IncidentCard card = service.card(incident);
        chat.setTopic(incident.channelId(), card.topic());
        chat.invite(incident.channelId(), participantIds(incidentId));
        if (incident.headerRef() == null) {
            String ref = chat.postCard(incident.channelId(), card);
            incidents.updateHeaderRef(incidentId, ref);
            chat.pin(incident.channelId(), ref);
            String channelId = incident.channelId();
            boolean announced = !incident.privateChannel(); // a private incident's title alone may say too much
            chat.announceChannel()
                    .filter(announce -> announced)
                    .ifPresent(announce -> chat.post(
                            announce,
                            ChatText.ours(":rotating_light: *"
                                            + card.incident().severity().label().toUpperCase()
                                            + "* incident declared: *")
                                    .thenOutside(card.incident().title())
                                    .then("* — join ")
                                    .thenChannel(channelId)));
        }
    }

    /** Re-renders the pinned header; before the channel exists there is nothing to refresh. */
    public void refreshCard(long incidentId) {
        Incident incident = load(incidentId);
        if (incident.headerRef() == null) {
            return;
        }
        IncidentCard card = service.card(incident);
        chat.updateCard(incident.channelId(), incident.headerRef(), card);
        chat.setTopic(incident.channelId(), card.topic());
    }

    public void invite(long incidentId, List<String> userIds) {
        Incident incident = load(incidentId);
        // Before the channel exists, opening it invites every participant.
        if (incident.hasChannel()) {
            chat.invite(incident.channelId(), userIds);
        }
    }

    /** Invites people and whole user groups (an on-call rotation kept in chat), waiting for the channel to open. */
    public void inviteResponders(long incidentId, List<String> peopleAndGroups) {
        String channel = requireChannel(load(incidentId));
        Set<String> people = new LinkedHashSet<>();
        for (String id : peopleAndGroups) {
            if (Mentions.isGroup(id)) {
                people.addAll(chat.membersOfGroup(id));
            } else {
                people.add(id);
            }
        }
        chat.invite(channel, List.copyOf(people));
        service.addResponders(incidentId, people);
        service.recordSystem(
                incidentId,
                TimelineKind.RESPONDERS_INVITED,
                "Invited responders: "
                        + peopleAndGroups.stream().map(Mentions::of).collect(Collectors.joining(", ")));
    }

    public void postInChannel(long incidentId, ChatText text) {
        chat.post(requireChannel(load(incidentId)), text);
    }

    public void announce(long incidentId, ChatText text) {
        Incident incident = load(incidentId);
        ChatText where = incident.channelId() == null
                ? ChatText.ours("[#" + incident.id())
                : ChatText.ours("[").thenChannel(incident.channelId());
        chat.announceChannel()
                .filter(announce -> !incident.privateChannel())
                .ifPresent(announce -> chat.post(announce, where.then("] ").then(text)));
    }

    public void capturePinnedMessage(long incidentId, String channelId, String messageRef, String pinnedBy) {
        Incident incident = load(incidentId);
        chat.fetchMessage(channelId, messageRef)
                .ifPresent(message -> service.addNote(
                        incident,
                        message.text(),
                        message.author(),
                        TimelineSource.REACTION,
                        message.postedAt(),
                        "pin:" + messageRef));
    }

    /** Tells the declarer that the chat side failed for good, and keeps that in the timeline. */
    public void reportFailure(long incidentId, String what, ChatException failure) {
        String text = "Could not " + what + ": Slack answered `" + failure.code() + "`";
        service.recordSystem(incidentId, TimelineKind.CHAT_ERROR, text);
        Incident incident = load(incidentId);
        String where = incident.declaredIn() != null ? incident.declaredIn() : incident.channelId();
        if (where != null && Mentions.isPerson(incident.declaredBy())) {
            try {
                chat.tellUser(
                        where,
                        incident.declaredBy(),
                        ChatText.ours(":warning: Incident #" + incidentId + ": ")
                                .thenOutside(text));
            } catch (ChatException ignored) {
                // Already recorded in the timeline; there is no better channel left to tell.
            }
        }
    }

    private List<String> participantIds(long incidentId) {
        return service.participants(incidentId).stream()
                .map(Participant::userId)
                .collect(Collectors.toList());
    }

    private Incident load(long incidentId) {
        return incidents
                .findById(incidentId)
                .orElseThrow(() -> new IllegalStateException("incident " + incidentId + " not found"));
    }

    private static String requireChannel(Incident incident) {
        if (!incident.hasChannel()) {
            throw new ChatException("incident channel not open yet", ChatException.CHANNEL_NOT_READY, true, null);
        }
        return incident.channelId();
    }
}
