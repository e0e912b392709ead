package dev.firebreak.console;

import dev.firebreak.api.ApiToken;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * Sign-in with the API token (a form with CSRF protection) where "Sign in with Slack" is not configured, one-time
 * links, and sign-out.
 */
@Controller
class LoginController {
    private final ApiToken token;
    private final ConsoleSession session;
    private final CsrfTokens csrf;
    private final OneTimeLogins onceLinks;
    private final Html html;
    private final SlackSignInSettings slack;

    LoginController(
            ApiToken token,
            ConsoleSession session,
            CsrfTokens csrf,
            OneTimeLogins onceLinks,
            Html html,
            SlackSignInSettings slack) {
        this.html = html;
        this.slack = slack;
        this.token = token;
        this.session = session;
        this.csrf = csrf;
        this.onceLinks = onceLinks;
    }

    @Get("/login")
    HttpResponse<?> form(@QueryValue @Nullable String next) {
        return form(next, null);
    }

    @Post("/login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signIn(HttpRequest<?> request, @Body Map<String, String> form) {
        String next = form.get("next");
        if (!csrf.accepts(request, form.get(CsrfTokens.FIELD))) {
            return form(next, "The form expired or did not come from this page. Please sign in again.")
                    .status(403);
        }
        if (slack.enabled()) {
            return form(next, "Sign in with Slack: this console does not take the API token.")
                    .status(403);
        }
        String presented = form.getOrDefault("token", "").trim();
        if (presented.isEmpty() || !token.matches(presented)) {
            return form(next, "That is not the API token (FIREBREAK_API_TOKEN).")
                    .status(401);
        }
        return HttpResponse.seeOther(URI.create(localPath(next))).cookie(session.start(Viewer.withApiToken()));
    }

    @Get("/login/once/{code}")
    HttpResponse<?> once(String code, @QueryValue @Nullable String next) {
        return onceLinks
                .redeem(code)
                .<HttpResponse<?>>map(
                        v -> HttpResponse.seeOther(URI.create(localPath(next))).cookie(session.start(v)))
                .orElseGet(() -> form(null, "That sign-in link was used already or has expired.")
                        .status(401));
    }

    @Post("/logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> signOut(HttpRequest<?> request, @Body Map<String, String> form) {
        if (!csrf.acceptsForSession(request, form.get(CsrfTokens.FIELD))) {
            return HttpResponse.status(io.micronaut.http.HttpStatus.FORBIDDEN);
        }
        return HttpResponse.seeOther(URI.create("/login")).cookie(session.end());
    }

    private io.micronaut.http.MutableHttpResponse<?> form(@Nullable String next, @Nullable String error) {
        CsrfTokens.Issued issued = csrf.issue();
        Map<String, Object> model = new HashMap<>();
        model.put("next", localPath(next));
        model.put("csrf", issued.field());
        model.put("error", error);
        model.put("slack", slack.enabled());
        return html.page("login", model).cookie(issued.cookie());
    }

    /** Only a path on this server, so the sign-in cannot be used to send people elsewhere. */
    static String localPath(@Nullable String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
    }
}
