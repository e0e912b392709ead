package dev.firebreak.work;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import dev.firebreak.incident.PageTarget;
import dev.firebreak.incident.PagerException;
import dev.firebreak.incident.PagerJobs;
import dev.firebreak.incident.PagerSync;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@link PagerJobs} as db-scheduler jobs, and what each one does. */
@Factory
class PagerTasks implements PagerJobs {

    record Invite(long incidentId, List<String> pagerUserIds) implements Serializable {}

    record Page(long incidentId, String requestedBy, String chatUserId, String escalationPolicy) implements Serializable {}

    static final TaskDescriptor<Invite> INVITE = TaskDescriptor.of("invite-paged-responders", Invite.class);
    static final TaskDescriptor<Long> LINK = TaskDescriptor.of("link-pager-incident", Long.class);
    static final TaskDescriptor<Long> RESOLVE = TaskDescriptor.of("resolve-pager-incident", Long.class);
    static final TaskDescriptor<Page> PAGE = TaskDescriptor.of("page-responders", Page.class);

    private final BeanProvider<PagerSync> sync;
    private final BeanProvider<Scheduler> scheduler;
    private final JobSettings settings;

    // Providers: the tasks call into the domain, which asks this class for jobs.
    PagerTasks(BeanProvider<PagerSync> sync, BeanProvider<Scheduler> scheduler, JobSettings settings) {
        this.sync = sync;
        this.scheduler = scheduler;
        this.settings = settings;
    }

    @Override
    public void inviteResponders(long incidentId, List<String> pagerUserIds) {
        schedule(INVITE, UUID.randomUUID().toString(), new Invite(incidentId, List.copyOf(pagerUserIds)));
    }

    @Override
    public void linkChannel(long incidentId) {
        schedule(LINK, "incident-" + incidentId, incidentId);
    }

    @Override
    public void resolve(long incidentId) {
        schedule(RESOLVE, "incident-" + incidentId, incidentId);
    }

    @Override
    public void page(long incidentId, String requestedBy, PageTarget target) {
        schedule(PAGE, UUID.randomUUID().toString(),
                new Page(incidentId, requestedBy, target.chatUserId(), target.escalationPolicy()));
    }

    @Singleton
    Task<Invite> inviteTask() {
        return Jobs.retrying(INVITE, settings, j -> sync.get().inviteResponders(j.incidentId(), j.pagerUserIds()),
                (j, e) -> report(j.incidentId(), "invite the paged responders", e));
    }

    @Singleton
    Task<Long> linkTask() {
        return Jobs.retrying(LINK, settings, id -> sync.get().linkChannel(id),
                (id, e) -> report(id, "add the channel link to the PagerDuty incident", e));
    }

    @Singleton
    Task<Long> resolveTask() {
        return Jobs.retrying(RESOLVE, settings, id -> sync.get().resolve(id),
                (id, e) -> report(id, "resolve the PagerDuty incident", e));
    }

    @Singleton
    Task<Page> pageTask() {
        return Jobs.retrying(PAGE, settings,
                j -> sync.get().page(j.incidentId(), j.requestedBy(),
                        new PageTarget(j.chatUserId(), j.escalationPolicy())),
                (j, e) -> report(j.incidentId(), "page", e));
    }

    private void report(long incidentId, String what, RuntimeException failure) {
        sync.get().reportFailure(incidentId, what, failure instanceof PagerException
                ? (PagerException) failure
                : new PagerException(failure.getMessage(), false, failure));
    }

    private <T> void schedule(TaskDescriptor<T> descriptor, String id, T data) {
        // Keyed jobs (link, resolve) run once per incident however often they are asked for.
        scheduler.get().scheduleIfNotExists(descriptor.instance(id).data(data).scheduledTo(Instant.now()));
    }
}
