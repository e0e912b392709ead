package dev.firebreak.integrations.pagerduty;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies the {@code X-PagerDuty-Signature} header of a V3 webhook: one or more comma-separated
 * {@code v1=<hex HMAC-SHA256 of the raw body>} entries. The request is authentic if any entry matches any of our
 * secrets; PagerDuty sends several entries while it rotates a subscription's secret, and we accept several secrets
 * while we rotate ours.
 */
@Singleton
public final class PagerDutySignature {
    public static final String HEADER = "X-PagerDuty-Signature";

    /** What the webhook endpoint should answer: 400 for {@code MISSING_OR_MALFORMED}, 401 for {@code MISMATCH}. */
    public enum Result { VALID, MISSING_OR_MALFORMED, MISMATCH }

    private static final String SCHEME = "v1=";
    private static final int SHA256_HEX_LENGTH = 64;

    private final List<byte[]> secrets;

    @Inject
    public PagerDutySignature(PagerDutySettings settings) {
        this(settings.webhookSecrets());
    }

    public PagerDutySignature(List<String> secrets) {
        // PagerDuty keys the HMAC with the secret's characters as given, not with its base64 decoding.
        this.secrets = secrets.stream().filter(s -> !s.isEmpty()).map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();
    }

    /**
     * Checks {@code header} against {@code rawBody}, which must be the bytes exactly as received: re-serialized JSON
     * would not match. Without any configured secret nothing is {@code VALID}, so an unconfigured endpoint denies.
     */
    public Result verify(@Nullable String header, byte[] rawBody) {
        List<byte[]> offered = parse(header);
        if (offered.isEmpty()) {
            return Result.MISSING_OR_MALFORMED;
        }
        for (byte[] secret : secrets) {
            byte[] expected = hmac(secret, rawBody);
            for (byte[] candidate : offered) {
                if (MessageDigest.isEqual(expected, candidate)) {
                    return Result.VALID;
                }
            }
        }
        return Result.MISMATCH;
    }

    /**
     * The well-formed v1 digests in the header. Entries of other schemes or with bad hex are skipped rather than
     * fatal, so a future scheme added next to v1 does not break us; a header with nothing usable is malformed.
     */
    private static List<byte[]> parse(@Nullable String header) {
        List<byte[]> digests = new ArrayList<>();
        if (header == null) {
            return digests;
        }
        for (String entry : header.split(",")) {
            String trimmed = entry.trim();
            if (!trimmed.startsWith(SCHEME)) {
                continue;
            }
            String hex = trimmed.substring(SCHEME.length());
            if (hex.length() != SHA256_HEX_LENGTH) {
                continue;
            }
            try {
                digests.add(HexFormat.of().parseHex(hex));
            } catch (IllegalArgumentException notHex) {
                // skipped: see the method comment
            }
        }
        return digests;
    }

    private static byte[] hmac(byte[] secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            // Every Java runtime ships HmacSHA256; failing here means a broken JDK, not a bad request.
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
