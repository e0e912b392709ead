package dev.firebreak.console;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Signed double-submit CSRF tokens for the console's forms: a random nonce goes into a cookie, the same nonce,
 * signed and with an expiry, into the form. A post is accepted only with both, matching, unexpired, and signed by
 * us: another site can make a browser send the cookie but can neither read it nor forge the signed field.
 */
@Singleton
class CsrfTokens {
    static final String COOKIE = "firebreak_csrf";
    static final String FIELD = "csrf";
    private static final Duration VALID_FOR = Duration.ofHours(1);
    private final SecureRandom random = new SecureRandom();
    private final Signer signer;
    private final ConsoleSession session;
    private final Clock clock;

    CsrfTokens(Signer signer, ConsoleSession session, Clock clock) {
        this.signer = signer;
        this.session = session;
        this.clock = clock;
    }

    /** A fresh pair: the cookie to set and the form field's value. */
    Issued issue() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String nonce = HexFormat.of().formatHex(bytes);
        long expires = clock.instant().plus(VALID_FOR).getEpochSecond();
        return new Issued(session.cookie(COOKIE, nonce).maxAge(VALID_FOR), signer.sign(nonce + "\n" + expires));
    }

    boolean accepts(HttpRequest<?> request, String field) {
        Optional<String> cookie = request.getCookies().findCookie(COOKIE).map(Cookie::getValue);
        Optional<String[]> signed = Optional.ofNullable(field).flatMap(signer::verify).map(v -> v.split("\n", -1));
        if (cookie.isEmpty() || signed.isEmpty() || signed.get().length != 2) {
            return false;
        }
        return signed.get()[0].equals(cookie.get()) && Long.parseLong(signed.get()[1]) >= clock.instant().getEpochSecond();
    }

    /** The field for forms shown to a signed-in viewer (sign-out), bound to their session cookie. */
    String forSession(HttpRequest<?> request) {
        return signer.sign("session\n" + sessionCookie(request));
    }

    boolean acceptsForSession(HttpRequest<?> request, String field) {
        String expected = "session\n" + sessionCookie(request);
        return field != null && !sessionCookie(request).isEmpty() && signer.verify(field).filter(expected::equals).isPresent();
    }

    private static String sessionCookie(HttpRequest<?> request) {
        return request.getCookies().findCookie(ConsoleSession.COOKIE).map(Cookie::getValue).orElse("");
    }

    record Issued(Cookie cookie, String field) {}
}
