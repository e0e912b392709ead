package dev.firebreak.incident;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** The chat workspace incidents are worked in. Implementations throw {@link ChatException} on failure. */
public interface Chat {

    record Channel(String id, String name) {}

    record ChatMessage(String author, String text, java.time.Instant postedAt) {}

    /**
     * Opens a channel named as close to {@code preferredName} as the workspace allows; private ones are invite-only.
     * A channel of that name which Firebreak opened earlier without learning it (a crash between the chat's answer
     * and recording it) is reused when {@code unclaimed} accepts its id.
     */
    Channel openChannel(String preferredName, boolean privateChannel, Predicate<String> unclaimed);

    void setTopic(String channelId, ChatText topic);

    void invite(String channelId, List<String> userIds);

    /** Posts the incident header and returns a reference to update it later. */
    String postCard(String channelId, IncidentCard card);

    void updateCard(String channelId, String cardRef, IncidentCard card);

    void pin(String channelId, String messageRef);

    void post(String channelId, ChatText text);

    /** A direct message to {@code userId}, outside any channel (reminders to an action's owner). */
    void directMessage(String userId, ChatText text);

    /** A message only {@code userId} sees. */
    void tellUser(String channelId, String userId, ChatText text);

    Optional<ChatMessage> fetchMessage(String channelId, String messageRef);

    /** Where new incidents and status updates are announced, when configured. */
    Optional<String> announceChannel();

    /** Members of a user group, to check runbook permissions given to groups. */
    java.util.Set<String> membersOfGroup(String groupId);

    Optional<String> userIdByEmail(String email);

    Optional<String> emailOf(String userId);

    /** A link to a channel for other systems (PagerDuty notes, Jira). */
    String channelLink(String channelId);
}
