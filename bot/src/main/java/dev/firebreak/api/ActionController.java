package dev.firebreak.api;

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

    ActionController(ActionService actions) {
        this.actions = actions;
    }

    @Get
    HttpResponse<?> list(@QueryValue @Nullable String status) {
        return HttpResponse.ok(actions.across(status)); // a wrong status is refused by RefusalHandler
    }
}
