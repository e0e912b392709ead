package dev.firebreak.console;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Checks an OpenID Connect id_token the JDK way: RS256 only (no {@code none}, no HMAC with a public key), the key
 * picked from the provider's JWKS by {@code kid}, then issuer, audience, expiry and our nonce.
 */
@Singleton
class IdTokenVerifier {
    private static final long SKEW_SECONDS = 60;
    private final OpenIdProvider provider;
    private final SlackSignInSettings settings;
    private final JsonMapper json;
    private final Clock clock;

    IdTokenVerifier(OpenIdProvider provider, SlackSignInSettings settings, JsonMapper json, Clock clock) {
        this.provider = provider;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    Map<String, Object> verify(String idToken, String expectedNonce) {
        String[] parts = idToken.split("\\.", -1);
        if (parts.length != 3) {
            throw new SignInException("the id_token is not a signed JWT");
        }
        Map<String, Object> header = decode(parts[0]);
        if (!"RS256".equals(header.get("alg"))) {
            throw new SignInException("the id_token is signed with " + header.get("alg") + ", not RS256");
        }
        PublicKey key = key(String.valueOf(header.get("kid")));
        if (!signatureMatches(key, parts)) {
            throw new SignInException("the id_token's signature does not match the provider's key");
        }
        Map<String, Object> claims = decode(parts[1]);
        long now = clock.instant().getEpochSecond();
        if (!provider.issuer().equals(claims.get("iss"))) {
            throw new SignInException("the id_token is from " + claims.get("iss"));
        }
        Object aud = claims.get("aud");
        if (!(settings.clientId().equals(aud) || aud instanceof List<?> list && list.contains(settings.clientId()))) {
            throw new SignInException("the id_token is for another client");
        }
        if (!(claims.get("exp") instanceof Number exp) || exp.longValue() + SKEW_SECONDS < now) {
            throw new SignInException("the id_token has expired");
        }
        if (!expectedNonce.equals(claims.get("nonce"))) {
            throw new SignInException("the id_token's nonce is not the one this browser was given");
        }
        return claims;
    }

    private PublicKey key(String kid) {
        Object keys = provider.jwks().get("keys");
        if (keys instanceof List<?> list) {
            for (Object k : list) {
                if (k instanceof Map<?, ?> jwk && "RSA".equals(jwk.get("kty")) && kid.equals(String.valueOf(jwk.get("kid")))) {
                    return rsa(String.valueOf(jwk.get("n")), String.valueOf(jwk.get("e")));
                }
            }
        }
        throw new SignInException("the provider's JWKS has no RSA key " + kid);
    }

    private static PublicKey rsa(String n, String e) {
        try {
            Base64.Decoder b64 = Base64.getUrlDecoder();
            return KeyFactory.getInstance("RSA").generatePublic(
                    new RSAPublicKeySpec(new BigInteger(1, b64.decode(n)), new BigInteger(1, b64.decode(e))));
        } catch (GeneralSecurityException | IllegalArgumentException ex) {
            throw new SignInException("the provider's key cannot be read");
        }
    }

    private static boolean signatureMatches(PublicKey key, String[] parts) {
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initVerify(key);
            rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return rs256.verify(Base64.getUrlDecoder().decode(parts[2]));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> decode(String part) {
        try {
            return json.readValue(Base64.getUrlDecoder().decode(part), Map.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new SignInException("the id_token cannot be read");
        }
    }
}
