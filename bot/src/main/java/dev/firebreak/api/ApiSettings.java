package dev.firebreak.api;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/** {@code FIREBREAK_API_TOKEN}: the bearer token of the JSON API. */
@ConfigurationProperties("firebreak.api")
public record ApiSettings(@Nullable String token) {
    @Override
    public String toString() {
        return "ApiSettings[token=" + (token == null || token.isBlank() ? "unset" : "***") + "]";
    }
}
