package dev.firebreak.work;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import dev.firebreak.summary.IncidentSummaries;
import dev.firebreak.summary.SummaryJobs;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** {@link SummaryJobs} on db-scheduler. */
@Factory
class SummaryTasks implements SummaryJobs {

    record Request(long incidentId, String namespace, String workload, String requestedBy) implements Serializable {}

    static final TaskDescriptor<Request> SUMMARIZE = TaskDescriptor.of("summarize-incident", Request.class);

    private final BeanProvider<Scheduler> scheduler;
    private final BeanProvider<IncidentSummaries> summaries;
    private final JobSettings settings;

    SummaryTasks(BeanProvider<Scheduler> scheduler, BeanProvider<IncidentSummaries> summaries, JobSettings settings) {
        this.scheduler = scheduler;
        this.summaries = summaries;
        this.settings = settings;
    }

    @Override
    public void summarize(long incidentId, String namespace, String workload, String requestedBy) {
        scheduler.get().schedule(SUMMARIZE.instance(UUID.randomUUID().toString())
                .data(new Request(incidentId, namespace, workload, requestedBy)).scheduledTo(Instant.now()));
    }

    @Singleton
    Task<Request> summarizeTask() {
        // A summary that cannot be posted is not worth a report of its own; the requester sees it did not come.
        return Jobs.retrying(SUMMARIZE, settings,
                r -> summaries.get().summarizeAndPost(r.incidentId(), r.namespace(), r.workload(), r.requestedBy()),
                (r, e) -> { });
    }
}
