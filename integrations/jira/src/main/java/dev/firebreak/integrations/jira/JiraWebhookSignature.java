package dev.firebreak.integrations.jira;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies the {@code X-Hub-Signature: sha256=<hex HMAC-SHA256 of the raw body>} header Jira Cloud sends on webhooks
 * registered with a secret. Anything short of a match, including a missing header or no configured secret, is
 * {@link Result#INVALID}, for which the endpoint answers 401.
 */
@Singleton
public final class JiraWebhookSignature {
    public static final String HEADER = "X-Hub-Signature";

    public enum Result { VALID, INVALID }

    private static final String SCHEME = "sha256=";
    private static final int SHA256_HEX_LENGTH = 64;

    private final @Nullable byte[] secret;

    @Inject
    public JiraWebhookSignature(JiraSettings settings) {
        this(settings.webhookSecret());
    }

    public JiraWebhookSignature(@Nullable String secret) {
        // The HMAC is keyed with the secret's characters as typed into Jira's webhook form.
        this.secret = secret == null || secret.isEmpty() ? null : secret.getBytes(StandardCharsets.UTF_8);
    }

    /** Checks {@code header} against the body bytes exactly as received; re-serialized JSON would not match. */
    public Result verify(@Nullable String header, byte[] rawBody) {
        byte[] offered = parse(header);
        if (secret == null || offered == null) {
            return Result.INVALID;
        }
        // MessageDigest.isEqual compares in constant time, so the response time leaks nothing about the digest.
        return MessageDigest.isEqual(hmac(secret, rawBody), offered) ? Result.VALID : Result.INVALID;
    }

    private static @Nullable byte[] parse(@Nullable String header) {
        if (header == null) {
            return null;
        }
        String value = header.trim();
        if (!value.toLowerCase(Locale.ROOT).startsWith(SCHEME) || value.length() != SCHEME.length() + SHA256_HEX_LENGTH) {
            return null;
        }
        try {
            return HexFormat.of().parseHex(value.substring(SCHEME.length()));
        } catch (IllegalArgumentException notHex) {
            return null;
        }
    }

    private static byte[] hmac(byte[] key, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            // Every Java runtime ships HmacSHA256; failing here means a broken JDK, not a bad request.
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
