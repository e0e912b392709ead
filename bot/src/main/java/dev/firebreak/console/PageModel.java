package dev.firebreak.console;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;

/** What every signed-in page shows around its content: who is signed in and the sign-out form's CSRF field. */
@Singleton
class PageModel {
    private final CsrfTokens csrf;

    PageModel(CsrfTokens csrf) {
        this.csrf = csrf;
    }

    Map<String, Object> start(HttpRequest<?> request, String title) {
        Map<String, Object> model = new HashMap<>();
        model.put("viewer", viewer(request));
        model.put("csrf", csrf.forSession(request));
        model.put("pageTitle", title);
        model.put("fmt", ConsoleFormat.INSTANCE);
        return model;
    }

    static Viewer viewer(HttpRequest<?> request) {
        return request.getAttribute(ConsoleAuthFilter.VIEWER, Viewer.class)
                .orElseThrow(() -> new IllegalStateException("console page without a session"));
    }
}
