package dev.firebreak.api;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.core.annotation.Nullable;

/** Everything under {@code /api} needs {@code Authorization: Bearer <FIREBREAK_API_TOKEN>}. */
@ServerFilter("/api/**")
class ApiAuthFilter {
    private static final String BEARER = "Bearer ";
    private final ApiToken token;

    ApiAuthFilter(ApiToken token) {
        this.token = token;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> authenticate(HttpRequest<?> request) {
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (header != null && header.startsWith(BEARER) && token.matches(header.substring(BEARER.length()).trim())) {
            return null;
        }
        return HttpResponse.unauthorized()
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"firebreak\"")
                .body(new ApiError("Missing or wrong bearer token (FIREBREAK_API_TOKEN)"));
    }
}
