package dev.firebreak.console;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Map;

/** Response times, incident counts and corrective actions per week: as charts, a table and CSV. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class NumbersController {
    static final int WEEKS = 12;
    private final NumbersReport report;
    private final ConsoleAccess access;
    private final PageModel pages;
    private final Html html;

    NumbersController(NumbersReport report, ConsoleAccess access, PageModel pages, Html html) {
        this.html = html;
        this.report = report;
        this.access = access;
        this.pages = pages;
    }

    @Get("/numbers")
    HttpResponse<String> page(HttpRequest<?> request) {
        Map<String, Object> model = pages.start(request, "Numbers");
        model.put("numbers", numbers(request));
        return html.page("numbers", model);
    }

    /** The figures the charts draw. */
    @Get("/numbers/data.json")
    Numbers data(HttpRequest<?> request) {
        return numbers(request);
    }

    @Get("/numbers.csv")
    @Produces("text/csv; charset=utf-8")
    HttpResponse<String> csv(HttpRequest<?> request) {
        return HttpResponse.ok(NumbersCsv.render(numbers(request)))
                .contentType(MediaType.of("text/csv; charset=utf-8"))
                .header("Content-Disposition", "attachment; filename=\"firebreak-numbers.csv\"");
    }

    private Numbers numbers(HttpRequest<?> request) {
        Viewer viewer = PageModel.viewer(request);
        return report.compute(WEEKS, i -> access.mayView(viewer, i));
    }
}
