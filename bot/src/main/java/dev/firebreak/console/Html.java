package dev.firebreak.console;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a template to a whole string before answering. A template error then becomes a 500 at once instead of
 * a response that breaks off half-written (which is what streaming a view does when the error comes mid-page).
 */
@Singleton
class Html {
    private final TemplateEngine templates;

    Html(TemplateEngine templates) {
        this.templates = templates;
    }

    MutableHttpResponse<String> page(String template, Map<String, Object> model) {
        return page(HttpStatus.OK, template, model);
    }

    MutableHttpResponse<String> page(HttpStatus status, String template, Map<String, Object> model) {
        return HttpResponse.<String>status(status).body(render(template, model)).contentType(MediaType.TEXT_HTML_TYPE.toString() + ";charset=utf-8");
    }

    String render(String template, Map<String, Object> model) {
        Context context = new Context();
        context.setVariables(model);
        return templates.process(template, context);
    }
}
