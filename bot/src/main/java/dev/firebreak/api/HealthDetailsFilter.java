package dev.firebreak.api;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * {@code /health} answers everyone with its status, but its details (the JDBC URL, disk space) only to a caller with
 * the API token: the health endpoint shows details to authenticated callers ({@code details-visible: AUTHENTICATED}),
 * and this filter is what authenticates them.
 */
@ServerFilter({"/health", "/health/**"})
class HealthDetailsFilter {
    private static final String BEARER = "Bearer ";
    private final ApiToken token;

    HealthDetailsFilter(ApiToken token) {
        this.token = token;
    }

    @RequestFilter
    void authenticate(HttpRequest<?> request) {
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (header != null && header.startsWith(BEARER) && token.matches(header.substring(BEARER.length()).trim())) {
            request.setUserPrincipal(() -> "api-token");
        }
    }
}
