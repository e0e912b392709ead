package dev.firebreak.api;

import io.micronaut.context.annotation.Context;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The API's bearer token: the configured one, or one generated at start and logged once. */
// Eager, so a generated token is in the log at start, not at the first request.
@Context
public class ApiToken {
    private static final Logger LOG = LoggerFactory.getLogger(ApiToken.class);
    private final byte[] token;

    ApiToken(ApiSettings settings) {
        String configured = settings.token();
        if (configured == null || configured.isBlank()) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            configured = HexFormat.of().formatHex(random);
            LOG.warn("FIREBREAK_API_TOKEN is not set; generated an API token for this run: {}", configured);
        }
        this.token = configured.getBytes(StandardCharsets.UTF_8);
    }

    public boolean matches(String presented) {
        return MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A key for {@code purpose} derived from the token (HMAC-SHA256), so replicas sharing the token share the key
     * and changing the token invalidates everything signed with the old one.
     */
    public byte[] deriveKey(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(token, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
