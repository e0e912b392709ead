package dev.firebreak.api;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * {@code FIREBREAK_API_TOKEN}: the bearer token of the JSON API. Without it, a token is generated once and kept in
 * {@code tokenFile} ({@code firebreak.api.token-file}; by default {@code api-token} beside the H2 database, else
 * {@code ./data/api-token}), readable by the owner only.
 */
@ConfigurationProperties("firebreak.api")
public record ApiSettings(@Nullable String token, @Nullable String tokenFile) {
    @Override
    public String toString() {
        return "ApiSettings[token=" + (token == null || token.isBlank() ? "unset" : "***") + ", tokenFile=" + tokenFile + "]";
    }
}
