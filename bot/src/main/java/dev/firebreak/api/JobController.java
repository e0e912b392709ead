package dev.firebreak.api;

import dev.firebreak.work.DeadJobs;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** {@code GET /api/jobs?state=dead} and {@code POST /api/jobs/{id}/retry}: background jobs that gave up. */
@Controller("/api/jobs")
@ExecuteOn(TaskExecutors.BLOCKING)
class JobController {
    private final DeadJobs dead;

    JobController(DeadJobs dead) {
        this.dead = dead;
    }

    @Get
    HttpResponse<?> list(@QueryValue @Nullable String state) {
        if (!"dead".equals(state)) {
            return HttpResponse.badRequest(new ApiError("Only state=dead can be listed"));
        }
        return HttpResponse.ok(dead.list());
    }

    @Post("/{id}/retry")
    HttpResponse<?> retry(@PathVariable String id) {
        return dead.retry(id).<HttpResponse<?>>map(job -> HttpResponse.accepted().body(job))
                .orElseGet(() -> HttpResponse.notFound(new ApiError("No dead job " + id + "; see GET /api/jobs?state=dead")));
    }
}
