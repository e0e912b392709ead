package dev.firebreak.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.firebreak.support.AppTestBase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Sign in with Slack" against an OpenID provider on WireMock: discovery, JWKS, token endpoint, signed id_token. */
@MicronautTest(transactional = false)
class SlackSignInTest extends AppTestBase {
    private static final String CLIENT_ID = "1234.5678";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private final WireMockServer slackOidc = new WireMockServer(options().dynamicPort());
    private final KeyPair providerKey = rsa();
    private final KeyPair otherKey = rsa();

    SlackSignInTest() {
        slackOidc.start();
    }

    @Override
    protected Map<String, String> extraProperties() {
        return Map.of("firebreak.console.slack.client-id", CLIENT_ID, "firebreak.console.slack.client-secret", "s3cret",
                "firebreak.console.slack.console-url", "https://firebreak.example.com",
                "firebreak.console.slack.issuer", slackOidc.baseUrl());
    }

    @BeforeEach
    void provider() {
        slackOidc.resetAll();
        String base = slackOidc.baseUrl();
        slackOidc.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/.well-known/openid-configuration")).willReturn(json("{\"issuer\":\"" + base
                + "\",\"authorization_endpoint\":\"" + base + "/openid/connect/authorize\",\"token_endpoint\":\"" + base
                + "/api/openid.connect.token\",\"jwks_uri\":\"" + base + "/openid/connect/keys\"}")));
        RSAPublicKey pub = (RSAPublicKey) providerKey.getPublic();
        slackOidc.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/openid/connect/keys")).willReturn(json("{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"k1\",\"alg\":\"RS256\",\"n\":\""
                + B64.encodeToString(unsigned(pub.getModulus().toByteArray())) + "\",\"e\":\""
                + B64.encodeToString(unsigned(pub.getPublicExponent().toByteArray())) + "\"}]}")));
    }

    @AfterAll
    void stopProvider() {
        slackOidc.stop();
    }

    @Test
    void aSlackUserSignsInWithAValidIdToken() {
        ConsoleClient browser = new ConsoleClient(server.getPort());
        assertThat(browser.get("/login").body()).contains("Sign in with Slack").doesNotContain("name=\"token\"");
        Map<String, String> authorize = startFlow(browser);
        assertThat(authorize).containsEntry("client_id", CLIENT_ID)
                .containsEntry("redirect_uri", "https://firebreak.example.com/login/slack/callback")
                .containsEntry("scope", "openid profile");

        answerToken(idToken(providerKey, authorize.get("nonce"), CLIENT_ID, Instant.now().plusSeconds(300)));
        HttpResponse<String> back = browser.get("/login/slack/callback?code=c0de&state=" + authorize.get("state"));

        assertThat(back.statusCode()).isEqualTo(303);
        assertThat(browser.get("/").body()).contains("Ada Lovelace");
        assertThat(slackOidc.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                urlPathEqualTo("/api/openid.connect.token"))).get(0).getBodyAsString())
                .contains("code=c0de").contains("client_secret=s3cret");
    }

    @Test
    void forgedExpiredOrMisdirectedTokensAndForeignCallbacksAreRefused() {
        ConsoleClient browser = new ConsoleClient(server.getPort());
        Map<String, String> a = startFlow(browser);
        Instant later = Instant.now().plusSeconds(300);
        for (String bad : new String[] {idToken(otherKey, a.get("nonce"), CLIENT_ID, later),
                idToken(providerKey, "another-nonce", CLIENT_ID, later),
                idToken(providerKey, a.get("nonce"), "another-client", later),
                idToken(providerKey, a.get("nonce"), CLIENT_ID, Instant.now().minusSeconds(3600)),
                unsignedToken(a.get("nonce"))}) {
            answerToken(bad);
            assertThat(browser.get("/login/slack/callback?code=c&state=" + a.get("state")).statusCode()).isEqualTo(401);
            assertThat(browser.get("/").statusCode()).isEqualTo(303);
        }
        answerToken(idToken(providerKey, a.get("nonce"), CLIENT_ID, later));
        assertThat(browser.get("/login/slack/callback?code=c&state=wrong").statusCode()).isEqualTo(400);
        ConsoleClient other = new ConsoleClient(server.getPort());
        assertThat(other.get("/login/slack/callback?code=c&state=" + a.get("state")).statusCode()).isEqualTo(400);
    }

    private Map<String, String> startFlow(ConsoleClient browser) {
        HttpResponse<String> start = browser.get("/login/slack");
        assertThat(start.statusCode()).isEqualTo(303);
        URI to = URI.create(start.headers().firstValue("Location").orElseThrow());
        assertThat(to.toString()).startsWith(slackOidc.baseUrl() + "/openid/connect/authorize?");
        Map<String, String> q = new HashMap<>();
        for (String pair : to.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            q.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return q;
    }

    private void answerToken(String idToken) {
        slackOidc.stubFor(post(urlPathEqualTo("/api/openid.connect.token")).withRequestBody(containing("grant_type=authorization_code"))
                .willReturn(json("{\"ok\":true,\"access_token\":\"xoxp-1\",\"token_type\":\"Bearer\",\"id_token\":\"" + idToken + "\"}")));
    }

    private String idToken(KeyPair key, String nonce, String audience, Instant expires) {
        String header = B64.encodeToString("{\"alg\":\"RS256\",\"kid\":\"k1\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = B64.encodeToString(("{\"iss\":\"" + slackOidc.baseUrl() + "\",\"sub\":\"U0ADA\",\"aud\":\"" + audience
                + "\",\"exp\":" + expires.getEpochSecond() + ",\"iat\":" + Instant.now().getEpochSecond() + ",\"nonce\":\"" + nonce
                + "\",\"https://slack.com/user_id\":\"U0ADA\",\"name\":\"Ada Lovelace\"}").getBytes(StandardCharsets.UTF_8));
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key.getPrivate());
            rs256.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
            return header + "." + claims + "." + B64.encodeToString(rs256.sign());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String unsignedToken(String nonce) {
        String valid = idToken(providerKey, nonce, CLIENT_ID, Instant.now().plusSeconds(300));
        String header = B64.encodeToString("{\"alg\":\"none\",\"kid\":\"k1\"}".getBytes(StandardCharsets.UTF_8));
        return header + valid.substring(valid.indexOf('.'), valid.lastIndexOf('.') + 1);
    }

    private static byte[] unsigned(byte[] twosComplement) {
        return twosComplement[0] == 0 ? java.util.Arrays.copyOfRange(twosComplement, 1, twosComplement.length) : twosComplement;
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }
}
