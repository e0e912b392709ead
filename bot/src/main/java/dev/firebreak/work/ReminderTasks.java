package dev.firebreak.work;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import dev.firebreak.incident.UpdateReminderSettings;
import dev.firebreak.incident.UpdateReminders;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The recurring check for incidents whose channel has gone quiet; one run per database, however many replicas. */
@Factory
class ReminderTasks implements ApplicationEventListener<ServerStartupEvent> {
    static final String REMIND_QUIET = "remind-quiet-incidents";

    private final BeanProvider<Scheduler> scheduler;
    private final BeanProvider<UpdateReminders> reminders;
    private final UpdateReminderSettings settings;
    private final Clock clock;

    ReminderTasks(BeanProvider<Scheduler> scheduler, BeanProvider<UpdateReminders> reminders,
            UpdateReminderSettings settings, Clock clock) {
        this.scheduler = scheduler;
        this.reminders = reminders;
        this.settings = settings;
        this.clock = clock;
    }

    @Singleton
    RecurringTask<Void> remindQuietIncidents() {
        return Tasks.recurring(REMIND_QUIET, FixedDelay.of(settings.checkInterval()))
                .execute((instance, context) -> reminders.get().remindQuietIncidents(clock.instant()));
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        scheduler.get().scheduleIfNotExists(new TaskInstance<>(REMIND_QUIET, RecurringTask.INSTANCE),
                clock.instant().plus(settings.checkInterval()));
    }
}
