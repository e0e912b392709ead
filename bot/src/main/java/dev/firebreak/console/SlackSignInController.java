package dev.firebreak.console;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Sign in with Slack": the authorization-code flow of OpenID Connect. {@code state} and {@code nonce} live in a
 * short signed cookie of this browser, so a callback started elsewhere (login CSRF) or a replayed id_token fails.
 * The Slack user id becomes the viewer's id, which is what an access rule for private incidents checks.
 */
@Controller("/login/slack")
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(bean = SlackSignInSettings.class)
class SlackSignInController {
    private static final Logger LOG = LoggerFactory.getLogger(SlackSignInController.class);
    private static final String FLOW_COOKIE = "firebreak_oidc";
    private static final String SLACK_USER_ID = "https://slack.com/user_id";
    private final SecureRandom random = new SecureRandom();
    private final SlackSignInSettings settings;
    private final OpenIdProvider provider;
    private final IdTokenVerifier verifier;
    private final Signer signer;
    private final ConsoleSession session;

    SlackSignInController(SlackSignInSettings settings, OpenIdProvider provider, IdTokenVerifier verifier, Signer signer,
            ConsoleSession session) {
        this.settings = settings;
        this.provider = provider;
        this.verifier = verifier;
        this.signer = signer;
        this.session = session;
    }

    @Get
    HttpResponse<?> start() {
        if (!settings.enabled()) {
            return HttpResponse.notFound();
        }
        String state = randomHex();
        String nonce = randomHex();
        String url = provider.authorizationEndpoint() + "?" + query(Map.of("response_type", "code", "scope",
                "openid profile", "client_id", settings.clientId(), "redirect_uri", settings.redirectUri(),
                "state", state, "nonce", nonce));
        Cookie flow = session.cookie(FLOW_COOKIE, signer.sign(state + "\n" + nonce)).maxAge(Duration.ofMinutes(10));
        return HttpResponse.seeOther(URI.create(url)).cookie(flow);
    }

    @Get("/callback")
    HttpResponse<?> callback(HttpRequest<?> request, @QueryValue @Nullable String code, @QueryValue @Nullable String state) {
        String[] flow = request.getCookies().findCookie(FLOW_COOKIE).flatMap(c -> signer.verify(c.getValue()))
                .map(v -> v.split("\n", -1)).orElse(new String[0]);
        if (!settings.enabled() || flow.length != 2 || code == null || !flow[0].equals(state)) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body("This sign-in did not start in this browser. Start again at /login.");
        }
        try {
            Map<String, Object> claims = verifier.verify(provider.exchange(code), flow[1]);
            Object userId = claims.getOrDefault(SLACK_USER_ID, claims.get("sub"));
            Object name = claims.getOrDefault("name", userId);
            Viewer viewer = new Viewer(String.valueOf(userId), String.valueOf(name), false);
            return HttpResponse.seeOther(URI.create("/")).cookie(session.start(viewer))
                    .cookie(session.cookie(FLOW_COOKIE, "").maxAge(0));
        } catch (SignInException e) {
            LOG.warn("Sign-in with Slack failed: {}", e.getMessage());
            return HttpResponse.status(HttpStatus.UNAUTHORIZED).body("Sign-in with Slack failed. Start again at /login.");
        }
    }

    private String randomHex() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String query(Map<String, String> params) {
        StringBuilder q = new StringBuilder();
        params.forEach((k, v) -> q.append(q.isEmpty() ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return q.toString();
    }
}
