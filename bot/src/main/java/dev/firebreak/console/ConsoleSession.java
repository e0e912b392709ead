package dev.firebreak.console;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The console session: a signed cookie holding who signed in and until when. No server-side state, so it works
 * the same on every replica; it cannot be revoked early except by changing the API token.
 */
@Singleton
class ConsoleSession {
    static final String COOKIE = "firebreak_session";
    private final Signer signer;
    private final ConsoleSettings settings;
    private final Clock clock;

    ConsoleSession(Signer signer, ConsoleSettings settings, Clock clock) {
        this.signer = signer;
        this.settings = settings;
        this.clock = clock;
    }

    Cookie start(Viewer viewer) {
        Instant expires = clock.instant().plus(settings.sessionTtl());
        String value = String.join("\n", viewer.userId(), viewer.name(), String.valueOf(viewer.tokenHolder()),
                String.valueOf(expires.getEpochSecond()));
        return cookie(COOKIE, signer.sign(value)).maxAge(settings.sessionTtl());
    }

    Cookie end() {
        return cookie(COOKIE, "").maxAge(0);
    }

    Optional<Viewer> viewer(HttpRequest<?> request) {
        return request.getCookies().findCookie(COOKIE).flatMap(c -> signer.verify(c.getValue())).flatMap(this::parse);
    }

    Cookie cookie(String name, String value) {
        return Cookie.of(name, value).path("/").httpOnly(true).sameSite(SameSite.Lax).secure(settings.secureCookies());
    }

    private Optional<Viewer> parse(String value) {
        String[] parts = value.split("\n", -1);
        if (parts.length != 4 || Long.parseLong(parts[3]) < clock.instant().getEpochSecond()) {
            return Optional.empty();
        }
        return Optional.of(new Viewer(parts[0], parts[1], Boolean.parseBoolean(parts[2])));
    }
}
