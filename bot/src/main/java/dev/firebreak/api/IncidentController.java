package dev.firebreak.api;

import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentAccess;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.postmortem.PostmortemMarkdown;
import dev.firebreak.postmortem.PostmortemService;
import dev.firebreak.summary.SummaryService;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.List;
import java.util.Optional;

/**
 * Read-only JSON API over incidents and their timelines. The API's shared token names no person, so its caller is
 * outside every private incident ({@link IncidentAccess#canView} with no user): those are neither listed nor served.
 */
@Controller("/api/incidents")
@ExecuteOn(TaskExecutors.BLOCKING)
class IncidentController {
    private final IncidentService incidents;
    private final TimelineMarkdown markdown;
    private final SummaryService summaries;
    private final PostmortemService postmortems;
    private final PostmortemMarkdown postmortemMarkdown;
    private final IncidentAccess access;

    IncidentController(IncidentService incidents, TimelineMarkdown markdown, SummaryService summaries,
            PostmortemService postmortems, PostmortemMarkdown postmortemMarkdown, IncidentAccess access) {
        this.access = access;
        this.postmortems = postmortems;
        this.postmortemMarkdown = postmortemMarkdown;
        this.incidents = incidents;
        this.markdown = markdown;
        this.summaries = summaries;
    }

    @Get
    List<Incident> list() {
        return incidents.all().stream().filter(this::visible).toList();
    }

    private boolean visible(Incident incident) {
        return access.canView(incident, null);
    }

    /** A private incident is answered exactly as a missing one: its existence is not told either. */
    private Optional<Incident> find(long id) {
        return incidents.find(id).filter(this::visible);
    }

    @Get("/{id}")
    HttpResponse<?> get(long id) {
        return find(id)
                .<HttpResponse<?>>map(i -> HttpResponse.ok(new IncidentDetails(i, incidents.participants(id), incidents.timeline(id))))
                .orElseGet(() -> notFound(id));
    }

    /** Exactly what was sent to a language model for this incident, and what came back. */
    @Get("/{id}/llm")
    HttpResponse<?> llmExchanges(long id) {
        return find(id).<HttpResponse<?>>map(i -> HttpResponse.ok(summaries.exchanges(id))).orElseGet(() -> notFound(id));
    }

    @Get("/{id}/timeline.md")
    @Produces("text/markdown; charset=utf-8")
    HttpResponse<?> timelineMarkdown(long id) {
        return find(id)
                .<HttpResponse<?>>map(i -> HttpResponse.ok(markdown.render(i, incidents.participants(id), incidents.timeline(id)))
                        .contentType(MediaType.of("text/markdown; charset=utf-8")))
                .orElseGet(() -> notFound(id));
    }

    /** The postmortem draft as the tracker gets it, without the model's narrative (a read never calls a model). */
    @Get("/{id}/postmortem.md")
    @Produces("text/markdown; charset=utf-8")
    HttpResponse<?> postmortemMarkdown(long id) {
        return find(id).flatMap(i -> postmortems.draft(id))
                .<HttpResponse<?>>map(d -> HttpResponse.ok(postmortemMarkdown.render(d))
                        .contentType(MediaType.of("text/markdown; charset=utf-8")))
                .orElseGet(() -> notFound(id));
    }

    private static HttpResponse<?> notFound(long id) {
        return HttpResponse.notFound(new ApiError("No incident " + id)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
