package dev.firebreak.work;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import dev.firebreak.incident.ChatJobs;
import dev.firebreak.incident.ChatText;
import dev.firebreak.incident.IncidentRepository;
import dev.firebreak.incident.IncidentStatus;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@link ChatJobs} as db-scheduler jobs, stored in the database before the caller is answered. */
@Singleton
class ScheduledChatJobs implements ChatJobs, ApplicationEventListener<ServerStartupEvent> {
    // The scheduler runs tasks that call back into the domain, so it is looked up when first needed.
    private final BeanProvider<Scheduler> scheduler;
    private final IncidentRepository incidents;

    ScheduledChatJobs(BeanProvider<Scheduler> scheduler, IncidentRepository incidents) {
        this.scheduler = scheduler;
        this.incidents = incidents;
    }

    @Override
    public void openChannel(long incidentId) {
        // One opening job per incident, however often it is asked for.
        scheduler.get().scheduleIfNotExists(
                ChatTasks.OPEN_CHANNEL.instance("incident-" + incidentId).data(incidentId).scheduledTo(Instant.now()));
    }

    @Override
    public void refreshCard(long incidentId) {
        schedule(ChatTasks.REFRESH_CARD, incidentId);
    }

    @Override
    public void invite(long incidentId, List<String> userIds) {
        schedule(ChatTasks.INVITE, new ChatTasks.Invite(incidentId, List.copyOf(userIds)));
    }

    @Override
    public void inviteResponders(long incidentId, List<String> peopleAndGroups) {
        scheduler.get().scheduleIfNotExists(ChatTasks.INVITE_RESPONDERS.instance("incident-" + incidentId)
                .data(new ChatTasks.Invite(incidentId, List.copyOf(peopleAndGroups))).scheduledTo(Instant.now()));
    }

    @Override
    public void post(long incidentId, ChatText text, boolean announce) {
        schedule(ChatTasks.POST_IN_CHANNEL, new ChatTasks.Post(incidentId, text));
        if (announce) {
            schedule(ChatTasks.ANNOUNCE, new ChatTasks.Post(incidentId, text));
        }
    }

    @Override
    public void capturePinnedMessage(long incidentId, String channelId, String messageRef, String pinnedBy) {
        scheduler.get().scheduleIfNotExists(ChatTasks.CAPTURE_PIN.instance(channelId + ":" + messageRef)
                .data(new ChatTasks.CapturePin(incidentId, channelId, messageRef, pinnedBy))
                .scheduledTo(Instant.now()));
    }

    /** An incident saved just before a crash may have no opening job yet; give it one. */
    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        incidents.findByChannelIdIsNullAndStatusNotEqual(IncidentStatus.RESOLVED).forEach(i -> openChannel(i.id()));
    }

    private <T> void schedule(TaskDescriptor<T> descriptor, T data) {
        scheduler.get().schedule(descriptor.instance(UUID.randomUUID().toString()).data(data).scheduledTo(Instant.now()));
    }
}
