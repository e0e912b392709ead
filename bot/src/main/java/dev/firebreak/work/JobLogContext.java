package dev.firebreak.work;

import com.github.kagkarlsson.scheduler.event.ExecutionChain;
import com.github.kagkarlsson.scheduler.event.ExecutionInterceptor;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.lang.reflect.RecordComponent;
import java.util.Set;
import org.slf4j.MDC;

/**
 * Puts the job ({@code job_id}: task and instance) and, where the job is about one incident, its {@code incident_id}
 * in the log context while the job runs, so every line it logs, here or in a vendor client, can be found by either.
 */
final class JobLogContext implements ExecutionInterceptor {
    static final String JOB_ID = "job_id";
    static final String INCIDENT_ID = "incident_id";

    /** Jobs whose data is the bare id of an incident; the others carry it as an {@code incidentId} component. */
    private static final Set<String> INCIDENT_ID_DATA = Set.of(ChatTasks.OPEN_CHANNEL.getTaskName(),
            ChatTasks.REFRESH_CARD.getTaskName(), PagerTasks.LINK.getTaskName(), PagerTasks.RESOLVE.getTaskName(),
            PostmortemTasks.PUBLISH.getTaskName());

    @Override
    public CompletionHandler<?> execute(TaskInstance<?> instance, ExecutionContext context, ExecutionChain chain) {
        MDC.put(JOB_ID, instance.getTaskAndInstance());
        String incident = incidentOf(instance);
        if (incident != null) MDC.put(INCIDENT_ID, incident);
        try {
            return chain.proceed(instance, context);
        } finally {
            MDC.remove(JOB_ID);
            MDC.remove(INCIDENT_ID);
        }
    }

    static String incidentOf(TaskInstance<?> instance) {
        Object data = instance.getData();
        if (data instanceof Long id && INCIDENT_ID_DATA.contains(instance.getTaskName())) {
            return id.toString();
        }
        if (data != null && data.getClass().isRecord()) {
            for (RecordComponent component : data.getClass().getRecordComponents()) {
                if (component.getName().equals("incidentId")) {
                    try {
                        return String.valueOf(component.getAccessor().invoke(data));
                    } catch (ReflectiveOperationException e) {
                        return null;
                    }
                }
            }
        }
        return null;
    }
}
