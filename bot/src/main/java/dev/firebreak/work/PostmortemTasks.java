package dev.firebreak.work;

import dev.firebreak.incident.ChatText;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import dev.firebreak.incident.ChatException;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.postmortem.ActionService;
import dev.firebreak.postmortem.ActionTracking;
import dev.firebreak.postmortem.OverdueReminders;
import dev.firebreak.postmortem.PostmortemJobs;
import dev.firebreak.postmortem.PostmortemService;
import dev.firebreak.postmortem.PostmortemSettings;
import dev.firebreak.postmortem.TrackerException;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link PostmortemJobs} on db-scheduler, plus the recurring work: reconciling action statuses with the tracker,
 * overdue reminders, and (when enabled) drafting postmortems of resolved incidents. A tracker outage or rate limit
 * is retried with backoff; a refusal is reported in the incident channel and the job ends.
 */
@Factory
class PostmortemTasks implements PostmortemJobs, ApplicationEventListener<ServerStartupEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(PostmortemTasks.class);

    static final TaskDescriptor<Long> PUBLISH = TaskDescriptor.of("publish-postmortem", Long.class);
    static final TaskDescriptor<Long> FILE_ACTION = TaskDescriptor.of("file-corrective-action", Long.class);
    static final String RECONCILE = "reconcile-corrective-actions";
    static final String REMIND = "remind-overdue-actions";
    static final String ON_RESOLVE = "draft-postmortems-on-resolve";

    private final BeanProvider<Scheduler> scheduler;
    private final BeanProvider<PostmortemService> postmortems;
    private final BeanProvider<ActionService> actions;
    private final BeanProvider<ActionTracking> tracking;
    private final BeanProvider<OverdueReminders> reminders;
    private final BeanProvider<IncidentService> incidents;
    private final JobSettings jobSettings;
    private final PostmortemSettings settings;

    // Providers: the tasks call into the domain, which asks this class for jobs.
    PostmortemTasks(BeanProvider<Scheduler> scheduler, BeanProvider<PostmortemService> postmortems,
            BeanProvider<ActionService> actions, BeanProvider<ActionTracking> tracking,
            BeanProvider<OverdueReminders> reminders, BeanProvider<IncidentService> incidents, JobSettings jobSettings,
            PostmortemSettings settings) {
        this.scheduler = scheduler;
        this.postmortems = postmortems;
        this.actions = actions;
        this.tracking = tracking;
        this.reminders = reminders;
        this.incidents = incidents;
        this.jobSettings = jobSettings;
        this.settings = settings;
    }

    @Override
    public void publishPostmortem(long incidentId) {
        // Keyed by incident: asking again while a draft is queued is served by that draft, which reads the record then.
        scheduler.get().scheduleIfNotExists(PUBLISH.instance("incident-" + incidentId).data(incidentId).scheduledTo(Instant.now()));
    }

    @Override
    public void fileAction(long actionId) {
        scheduler.get().scheduleIfNotExists(FILE_ACTION.instance("action-" + actionId).data(actionId).scheduledTo(Instant.now()));
    }

    @Singleton
    Task<Long> publishTask() {
        return trackerJob(PUBLISH, id -> postmortems.get().publish(id), (id, e) -> report(id, "file the postmortem in Jira", e));
    }

    @Singleton
    Task<Long> fileActionTask() {
        return trackerJob(FILE_ACTION, id -> actions.get().file(id), (id, e) -> actions.get().reportFailure(id, e.getMessage()));
    }

    @Singleton
    RecurringTask<Void> reconcileTask() {
        return Tasks.recurring(RECONCILE, FixedDelay.of(settings.reconcileInterval()))
                .execute((instance, context) -> LOG.debug("Reconciled {} actions", tracking.get().reconcile()));
    }

    @Singleton
    RecurringTask<Void> reminderTask() {
        return Tasks.recurring(REMIND, FixedDelay.of(settings.reminderInterval()))
                .execute((instance, context) -> reminders.get().remind());
    }

    @Singleton
    RecurringTask<Void> onResolveTask() {
        return Tasks.recurring(ON_RESOLVE, FixedDelay.of(settings.onResolveInterval()))
                .execute((instance, context) -> postmortems.get().draftRecentlyResolved(settings));
    }

    /**
     * The engine is built from the known tasks only; recurring ones get their first run here, one interval after
     * start, once per database however many replicas start.
     */
    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        first(RECONCILE, settings.reconcileInterval());
        first(REMIND, settings.reminderInterval());
        first(ON_RESOLVE, settings.onResolveInterval());
    }

    private void first(String taskName, java.time.Duration after) {
        scheduler.get().scheduleIfNotExists(new TaskInstance<>(taskName, RecurringTask.INSTANCE), Instant.now().plus(after));
    }

    private Task<Long> trackerJob(TaskDescriptor<Long> descriptor, Consumer<Long> work,
            java.util.function.BiConsumer<Long, RuntimeException> giveUp) {
        return Tasks.oneTime(descriptor)
                .onFailure(new RetryWithBackoff<>(jobSettings))
                .execute((instance, context) -> {
                    Long id = instance.getData();
                    try {
                        work.accept(id);
                    } catch (TrackerException e) {
                        if (e.retryable()) {
                            throw e;
                        }
                        LOG.warn("Giving up on job {}: {}", instance.getTaskAndInstance(), e.getMessage());
                        giveUp.accept(id, e);
                    } catch (ChatException e) {
                        if (e.retryable()) {
                            throw e;
                        }
                        LOG.warn("Giving up on job {}: {}", instance.getTaskAndInstance(), e.getMessage());
                    }
                });
    }

    private void report(long incidentId, String what, RuntimeException failure) {
        incidents.get().find(incidentId).ifPresent(i -> incidents.get().tellChannel(i,
                ChatText.ours(":warning: Could not " + what + ": ").thenOutside(failure.getMessage())));
    }
}
