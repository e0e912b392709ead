package dev.firebreak.console;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The OpenID provider's HTTP side: its discovery document (read once), the JWKS, and the code-for-token exchange.
 * Failures are {@link SignInException}s, shown to the user as "sign-in failed", never as the provider's text.
 */
@Singleton
class OpenIdProvider {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final SlackSignInSettings settings;
    private final JsonMapper json;
    private volatile Map<String, Object> discovery;

    OpenIdProvider(SlackSignInSettings settings, JsonMapper json) {
        this.settings = settings;
        this.json = json;
    }

    String issuer() {
        return string(discovery(), "issuer");
    }

    String authorizationEndpoint() {
        return string(discovery(), "authorization_endpoint");
    }

    Map<String, Object> jwks() {
        return get(string(discovery(), "jwks_uri"));
    }

    /** The id_token the provider gives for an authorization code. */
    String exchange(String code) {
        Map<String, String> form = Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", settings.redirectUri(), "client_id", settings.clientId(),
                "client_secret", settings.clientSecret());
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        Map<String, Object> answer = send(HttpRequest.newBuilder(URI.create(string(discovery(), "token_endpoint")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        Object idToken = answer.get("id_token");
        if (!(idToken instanceof String token) || Boolean.FALSE.equals(answer.get("ok"))) {
            throw new SignInException("the token endpoint gave no id_token");
        }
        return token;
    }

    private Map<String, Object> discovery() {
        Map<String, Object> d = discovery;
        if (d == null) {
            String issuer = settings.issuer().endsWith("/") ? settings.issuer() : settings.issuer() + "/";
            d = get(issuer + ".well-known/openid-configuration");
            discovery = d;
        }
        return d;
    }

    private Map<String, Object> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> answer = http.send(request.timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                throw new SignInException(request.build().uri().getPath() + " answered " + answer.statusCode());
            }
            return json.readValue(answer.body(), Map.class);
        } catch (IOException e) {
            throw new SignInException("the provider did not answer: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SignInException("interrupted");
        }
    }

    private static String string(Map<String, Object> map, String key) {
        if (map.get(key) instanceof String value) {
            return value;
        }
        throw new SignInException("the discovery document has no " + key);
    }
}
