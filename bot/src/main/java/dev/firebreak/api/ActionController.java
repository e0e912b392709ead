package dev.firebreak.api;

import dev.firebreak.incident.IncidentAccess;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.postmortem.ActionService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** {@code GET /api/actions?status=open|overdue|done}: corrective actions across incidents, for follow-up reviews. */
@Controller("/api/actions")
@ExecuteOn(TaskExecutors.BLOCKING)
class ActionController {
    private final ActionService actions;
    private final IncidentService incidents;
    private final IncidentAccess access;

    ActionController(ActionService actions, IncidentService incidents, IncidentAccess access) {
        this.incidents = incidents;
        this.access = access;
        this.actions = actions;
    }

    @Get
    HttpResponse<?> list(@QueryValue @Nullable String status) {
        // A wrong status is refused by RefusalHandler; actions of private incidents are not the API's to show.
        return HttpResponse.ok(actions.across(status).stream()
                .filter(a -> incidents.find(a.incidentId()).map(i -> access.canView(i, null)).orElse(false)).toList());
    }
}
