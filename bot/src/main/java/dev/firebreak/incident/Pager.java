package dev.firebreak.incident;

import java.util.List;
import java.util.Optional;

/** The paging service incidents can come from. Implementations throw {@link PagerException} on failure. */
public interface Pager {

    /** E-mail addresses of pager users, to find them in chat; users without one are left out. */
    List<String> emailsOf(List<String> pagerUserIds);

    void addNote(String pagerIncidentId, String text);

    void resolve(String pagerIncidentId);

    Optional<String> userIdByEmail(String email);

    Optional<String> escalationPolicyIdByName(String name);

    /** Pages more people onto the incident: pager users and escalation policies, asked for by {@code requesterUserId}. */
    void requestResponders(String pagerIncidentId, String requesterUserId, String message, List<String> userIds,
            List<String> escalationPolicyIds);
}
