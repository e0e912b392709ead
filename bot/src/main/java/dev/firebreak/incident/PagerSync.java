package dev.firebreak.incident;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Carries out {@link PagerJobs}: between the pager and the chat, matched by e-mail. Steps that need the channel
 * wait for it by failing retryably.
 */
@Singleton
public class PagerSync {
    private final IncidentRepository incidents;
    private final IncidentService service;
    private final Pager pager;
    private final Chat chat;

    public PagerSync(IncidentRepository incidents, IncidentService service, Pager pager, Chat chat) {
        this.incidents = incidents;
        this.service = service;
        this.pager = pager;
        this.chat = chat;
    }

    public void inviteResponders(long incidentId, List<String> pagerUserIds) {
        Incident incident = withChannel(incidentId);
        List<String> chatUsers = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        for (String email : pager.emailsOf(pagerUserIds)) {
            chat.userIdByEmail(email).ifPresentOrElse(chatUsers::add, () -> unmatched.add(email));
        }
        chat.invite(incident.channelId(), chatUsers);
        service.addResponders(incidentId, chatUsers);
        if (!chatUsers.isEmpty()) {
            service.recordSystem(incidentId, TimelineKind.PAGER_EVENT, "Invited paged responders: "
                    + String.join(", ", chatUsers.stream().map(u -> "<@" + u + ">").toArray(String[]::new)));
        }
        if (!unmatched.isEmpty()) {
            service.tellChannel(incident, ChatText.ours(":warning: Paged responders without a Slack account of the same e-mail: ")
                    .thenOutside(String.join(", ", unmatched)));
        }
    }

    public void linkChannel(long incidentId) {
        Incident incident = withChannel(incidentId);
        pager.addNote(pagerIncidentId(incident), "Incident channel: #" + incident.channelName() + " "
                + chat.channelLink(incident.channelId()));
    }

    public void resolve(long incidentId) {
        pager.resolve(pagerIncidentId(load(incidentId)));
    }

    public void page(long incidentId, String requestedBy, PageTarget target) {
        Incident incident = load(incidentId);
        String requester = chat.emailOf(requestedBy).flatMap(pager::userIdByEmail)
                .orElseThrow(() -> new PagerException("<@" + requestedBy + "> has no PagerDuty account with the same e-mail", false, null));
        List<String> users = new ArrayList<>();
        List<String> policies = new ArrayList<>();
        if (target.isPerson()) {
            Optional<String> user = chat.emailOf(target.chatUserId()).flatMap(pager::userIdByEmail);
            users.add(user.orElseThrow(() -> new PagerException(target.describe() + " has no PagerDuty account with the same e-mail", false, null)));
        } else {
            policies.add(pager.escalationPolicyIdByName(target.escalationPolicy())
                    .orElseThrow(() -> new PagerException("No escalation policy named \"" + target.escalationPolicy() + "\"", false, null)));
        }
        pager.requestResponders(pagerIncidentId(incident), requester,
                "Please join incident #" + incident.id() + ": " + incident.title(), users, policies);
        service.recordSystem(incidentId, TimelineKind.PAGER_EVENT, "Paged " + target.describe() + " (asked by <@" + requestedBy + ">)");
        service.tellChannel(incident, ChatText.ours(":pager: Paged ").thenOutside(target.describe()).then(" (asked by ")
                .thenMention(requestedBy).then(")"));
    }

    /** Says in the timeline and the channel that a pager step failed for good. */
    public void reportFailure(long incidentId, String what, PagerException failure) {
        String text = "Could not " + what + ": " + failure.getMessage();
        service.recordSystem(incidentId, TimelineKind.CHAT_ERROR, text);
        service.tellChannel(load(incidentId), ChatText.ours(":warning: ").thenOutside(text));
    }

    private Incident withChannel(long incidentId) {
        Incident incident = load(incidentId);
        if (!incident.hasChannel()) {
            throw new ChatException("incident channel not open yet", ChatException.CHANNEL_NOT_READY, true, null);
        }
        return incident;
    }

    private static String pagerIncidentId(Incident incident) {
        return incident.pagerIncidentId()
                .orElseThrow(() -> new PagerException("incident #" + incident.id() + " is not linked to PagerDuty", false, null));
    }

    private Incident load(long incidentId) {
        return incidents.findById(incidentId).orElseThrow(() -> new IllegalStateException("incident " + incidentId + " not found"));
    }
}
