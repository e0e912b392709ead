package dev.firebreak.console;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Console pages need a session; without one a page redirects to the sign-in, a stream answers 401. Every console
 * answer carries a strict Content-Security-Policy: scripts and styles only from this server, no framing.
 */
@ServerFilter({
    "/",
    "/incidents",
    "/incidents/**",
    "/numbers",
    "/numbers/**",
    "/numbers.csv",
    "/login",
    "/login/**",
    "/logout",
    // the demo's emulated Slack channels (only routed while the demo runs)
    "/demo/slack/channels/**"
})
class ConsoleAuthFilter {
    static final String VIEWER = "firebreak.console.viewer";
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";
    private final ConsoleSession session;

    ConsoleAuthFilter(ConsoleSession session) {
        this.session = session;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> requireSession(HttpRequest<?> request) {
        if (request.getPath().startsWith("/login") || request.getPath().equals("/logout")) {
            return null;
        }
        var viewer = session.viewer(request);
        if (viewer.isPresent()) {
            request.setAttribute(VIEWER, viewer.get());
            return null;
        }
        if (request.getPath().endsWith("/stream")) {
            return HttpResponse.unauthorized();
        }
        String next = URLEncoder.encode(request.getUri().toString(), StandardCharsets.UTF_8);
        return HttpResponse.seeOther(URI.create("/login?next=" + next));
    }

    @ResponseFilter
    void securityHeaders(MutableHttpResponse<?> response) {
        response.header("Content-Security-Policy", CSP);
        response.header("X-Content-Type-Options", "nosniff");
        response.header("Referrer-Policy", "same-origin");
        response.header("Cache-Control", "no-store");
    }
}
