package dev.firebreak.console;

import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.TimelineEntry;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * One incident's page, and its timeline as a server-sent event stream. The stream reads the database, not an
 * in-memory bus, so entries written by any replica or background job show up; a second's delay is fine for a
 * timeline people read.
 */
@Controller("/incidents")
@ExecuteOn(TaskExecutors.BLOCKING)
class IncidentPageController {
    static final Duration POLL = Duration.ofSeconds(1);
    private final IncidentService incidents;
    private final IncidentPages pages;
    private final TimelineAfter timelineAfter;
    private final ConsoleAccess access;
    private final PageModel pageModel;
    private final Html html;
    private final boolean demo;

    IncidentPageController(
            IncidentService incidents,
            IncidentPages pages,
            TimelineAfter timelineAfter,
            ConsoleAccess access,
            PageModel pageModel,
            Html html,
            @Property(name = "firebreak.demo.enabled", defaultValue = "false") boolean demo) {
        this.demo = demo;
        this.incidents = incidents;
        this.pages = pages;
        this.timelineAfter = timelineAfter;
        this.access = access;
        this.pageModel = pageModel;
        this.html = html;
    }

    @Get("/{id}")
    HttpResponse<?> page(HttpRequest<?> request, long id) {
        Optional<Incident> incident = visible(request, id);
        if (incident.isEmpty()) {
            Map<String, Object> model = pageModel.start(request, "Not found");
            model.put("id", id);
            return html.page(HttpStatus.NOT_FOUND, "not-found", model);
        }
        Map<String, Object> model =
                pageModel.start(request, "#" + id + " " + incident.get().title());
        IncidentPage page = pages.read(incident.get());
        model.put("page", page);
        model.put("entries", page.timeline());
        // The demo keeps its emulated Slack channel in process; its page shows what the channel's members saw.
        String channel = incident.get().channelId();
        model.put("demoSlack", demo && channel != null ? "/demo/slack/channels/" + channel : null);
        return html.page("incident", model);
    }

    @Get("/{id}/timeline/stream")
    @Produces(MediaType.TEXT_EVENT_STREAM)
    HttpResponse<Publisher<Event<String>>> stream(
            HttpRequest<?> request,
            long id,
            @QueryValue @Nullable Long after,
            @Header("Last-Event-ID") @Nullable Long lastEventId) {
        if (visible(request, id).isEmpty()) {
            return HttpResponse.notFound();
        }
        AtomicLong last = new AtomicLong(lastEventId != null ? lastEventId : after != null ? after : 0);
        // A comment at once and every 15 s without news: the browser sees the stream open, proxies keep it.
        Flux<Event<String>> events = Flux.interval(Duration.ZERO, POLL)
                .publishOn(Schedulers.boundedElastic())
                .concatMap(tick -> {
                    List<TimelineEntry> news = timelineAfter.after(id, last.get());
                    if (news.isEmpty()) {
                        return tick % 15 == 0 ? Flux.just(Event.of("").comment("waiting for entries")) : Flux.empty();
                    }
                    last.set(news.get(news.size() - 1).id());
                    return Flux.fromIterable(news).map(this::entryEvent);
                });
        return HttpResponse.ok(events);
    }

    private Event<String> entryEvent(TimelineEntry entry) {
        String row = html.render("timeline-rows", Map.of("entries", List.of(entry), "fmt", ConsoleFormat.INSTANCE));
        return Event.of(row.strip()).name("entry").id(String.valueOf(entry.id()));
    }

    private Optional<Incident> visible(HttpRequest<?> request, long id) {
        Viewer viewer = PageModel.viewer(request);
        return incidents.find(id).filter(i -> access.mayView(viewer, i));
    }
}
