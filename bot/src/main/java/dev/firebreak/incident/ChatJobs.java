package dev.firebreak.incident;

import java.util.List;

/**
 * Chat work done after the user has been answered. Implementations keep each job durably until it succeeds, so
 * a slow or failing chat service or a restart loses nothing.
 */
public interface ChatJobs {

    void openChannel(long incidentId);

    void refreshCard(long incidentId);

    void invite(long incidentId, List<String> userIds);

    /** Invites people and chat user groups once the channel is open; asked for once per incident. */
    void inviteResponders(long incidentId, List<String> peopleAndGroups);

    /** Posts in the incident channel and, when {@code announce} is set, in the announce channel too. */
    void post(long incidentId, ChatText text, boolean announce);

    void capturePinnedMessage(long incidentId, String channelId, String messageRef, String pinnedBy);
}
