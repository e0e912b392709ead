package dev.firebreak.console;

import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.incident.Severity;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.http.HttpResponse;
import java.util.List;
import java.util.Map;

/** The incident list at {@code /}, with filters and paging. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class IncidentListController {
    private final IncidentSearch search;
    private final ConsoleAccess access;
    private final PageModel pages;
    private final ConsoleSettings settings;
    private final Html html;

    IncidentListController(IncidentSearch search, ConsoleAccess access, PageModel pages, ConsoleSettings settings, Html html) {
        this.html = html;
        this.search = search;
        this.access = access;
        this.pages = pages;
        this.settings = settings;
    }

    @Get
    HttpResponse<String> list(HttpRequest<?> request, @QueryValue @Nullable String status,
            @QueryValue @Nullable String severity, @QueryValue @Nullable String source,
            @QueryValue @Nullable String service, @QueryValue @Nullable String q, @QueryValue @Nullable Integer page) {
        IncidentFilter f = IncidentFilter.of(status, severity, source, service, q, page);
        int size = settings.pageSize();
        Viewer viewer = PageModel.viewer(request);
        // Access is decided per incident, before paging and counting, so neither a page nor the total reveals
        // how many private incidents match.
        List<Incident> visible = search.find(f.status(), f.severity(), f.source(), f.service(), f.textPattern(),
                Integer.MAX_VALUE, 0).stream().filter(i -> access.mayView(viewer, i)).toList();
        long total = visible.size();
        List<Incident> found = visible.stream().skip((long) f.page() * size).limit(size).toList();
        Map<String, Object> model = pages.start(request, "Incidents");
        model.put("incidents", found);
        model.put("filter", f);
        model.put("total", total);
        model.put("hasPrevious", f.page() > 0);
        model.put("hasNext", (long) (f.page() + 1) * size < total);
        model.put("statuses", IncidentStatus.values());
        model.put("severities", Severity.values());
        model.put("sources", search.sources());
        model.put("services", search.services());
        return html.page("incidents", model);
    }
}
