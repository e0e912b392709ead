package dev.firebreak.console;

import dev.firebreak.api.ApiToken;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs short text values (sessions, CSRF tokens) as {@code base64url(value).base64url(hmac)}, with a key derived
 * from the API token: replicas sharing {@code FIREBREAK_API_TOKEN} accept each other's cookies, and a new token
 * signs everybody out.
 */
@Singleton
class Signer {
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();
    private final SecretKeySpec key;

    Signer(ApiToken token) {
        this.key = new SecretKeySpec(token.deriveKey("firebreak-console-v1"), "HmacSHA256");
    }

    String sign(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        return ENCODE.encodeToString(bytes) + "." + ENCODE.encodeToString(mac(bytes));
    }

    /** The value, when {@code signed} was made by {@link #sign} with this key. */
    Optional<String> verify(String signed) {
        int dot = signed.indexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        try {
            byte[] value = DECODE.decode(signed.substring(0, dot));
            byte[] presented = DECODE.decode(signed.substring(dot + 1));
            return MessageDigest.isEqual(mac(value), presented)
                    ? Optional.of(new String(value, StandardCharsets.UTF_8))
                    : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private byte[] mac(byte[] value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(value);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
