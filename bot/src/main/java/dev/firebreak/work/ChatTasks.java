package dev.firebreak.work;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import dev.firebreak.incident.ChatException;
import dev.firebreak.incident.ChatText;
import dev.firebreak.incident.IncidentChatSync;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.io.Serializable;
import java.util.List;
import java.util.function.Consumer;

/** The chat jobs and what each one does. */
@Factory
class ChatTasks {
    record Post(long incidentId, ChatText text) implements Serializable {}

    record Invite(long incidentId, List<String> userIds) implements Serializable {}

    record CapturePin(long incidentId, String channelId, String messageRef, String pinnedBy) implements Serializable {}

    static final TaskDescriptor<Long> OPEN_CHANNEL = TaskDescriptor.of("open-incident-channel", Long.class);
    static final TaskDescriptor<Long> REFRESH_CARD = TaskDescriptor.of("refresh-incident-card", Long.class);
    static final TaskDescriptor<Invite> INVITE = TaskDescriptor.of("invite-to-incident", Invite.class);
    static final TaskDescriptor<Invite> INVITE_RESPONDERS = TaskDescriptor.of("invite-alert-responders", Invite.class);
    static final TaskDescriptor<Post> POST_IN_CHANNEL = TaskDescriptor.of("post-in-incident-channel", Post.class);
    static final TaskDescriptor<Post> ANNOUNCE = TaskDescriptor.of("announce-incident", Post.class);
    static final TaskDescriptor<CapturePin> CAPTURE_PIN = TaskDescriptor.of("capture-pinned-message", CapturePin.class);

    private final IncidentChatSync sync;
    private final JobSettings settings;

    ChatTasks(IncidentChatSync sync, JobSettings settings) {
        this.sync = sync;
        this.settings = settings;
    }

    @Singleton
    Task<Long> openChannel() {
        return task(OPEN_CHANNEL, id -> id, "open the incident channel", sync::openChannel);
    }

    @Singleton
    Task<Long> refreshCard() {
        return task(REFRESH_CARD, id -> id, "update the incident header", sync::refreshCard);
    }

    @Singleton
    Task<Invite> invite() {
        return task(INVITE, Invite::incidentId, "invite responders", j -> sync.invite(j.incidentId(), j.userIds()));
    }

    @Singleton
    Task<Invite> inviteResponders() {
        return task(INVITE_RESPONDERS, Invite::incidentId, "invite the alert's responders",
                j -> sync.inviteResponders(j.incidentId(), j.userIds()));
    }

    @Singleton
    Task<Post> postInChannel() {
        return task(POST_IN_CHANNEL, Post::incidentId, "post in the incident channel",
                j -> sync.postInChannel(j.incidentId(), j.text()));
    }

    @Singleton
    Task<Post> announce() {
        return task(ANNOUNCE, Post::incidentId, "post in the announce channel",
                j -> sync.announce(j.incidentId(), j.text()));
    }

    @Singleton
    Task<CapturePin> capturePin() {
        return task(CAPTURE_PIN, CapturePin::incidentId, "add a pinned message to the timeline",
                j -> sync.capturePinnedMessage(j.incidentId(), j.channelId(), j.messageRef(), j.pinnedBy()));
    }

    interface IncidentOf<T> {
        long of(T data);
    }

    private <T> Task<T> task(TaskDescriptor<T> descriptor, IncidentOf<T> incidentOf, String what, Consumer<T> work) {
        return Jobs.retrying(descriptor, settings, work,
                (data, failure) -> sync.reportFailure(incidentOf.of(data), what, (ChatException) failure));
    }
}
