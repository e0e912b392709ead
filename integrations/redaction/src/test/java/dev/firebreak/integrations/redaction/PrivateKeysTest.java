package dev.firebreak.integrations.redaction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Private keys: PEM, OpenSSH and PGP blocks, keys in JSON strings, and bodies whose BEGIN line was cut off. */
class PrivateKeysTest {
    private static final RedactionEngine ENGINE = RedactionEngine.standard();
    private static final String BODY_1 = RuleTableTest.filler('b', 64);
    private static final String BODY_2 = RuleTableTest.filler('b', 40) + "==";

    @Test
    void aPgpPrivateKeyBlockIsMaskedWhole() {
        List<String> out = ENGINE.redactLines(List.of(
                "exported:",
                "-----BEGIN PGP PRIVATE KEY BLOCK-----",
                "",
                BODY_1,
                "=AbCd",
                "-----END PGP PRIVATE KEY BLOCK-----",
                "done password=x"));
        assertEquals(
                List.of(
                        "exported:",
                        "-----BEGIN PGP PRIVATE KEY BLOCK-----[REDACTED]",
                        "[REDACTED]",
                        "[REDACTED]",
                        "[REDACTED]",
                        "[REDACTED]",
                        "done password=[REDACTED]"),
                out);
        assertEquals(
                "k -----BEGIN OPENSSH PRIVATE KEY-----[REDACTED] ok",
                ENGINE.redact(
                        "k -----BEGIN OPENSSH PRIVATE KEY-----\n" + BODY_1 + "\n-----END OPENSSH PRIVATE KEY----- ok"));
    }

    @Test
    void aBodyWhoseBeginLineWasCutOffByTheLogTailIsMaskedBackFromItsEnd() {
        List<String> out = ENGINE.redactLines(List.of(
                "Starting server", BODY_1, BODY_1, BODY_2, "-----END RSA PRIVATE KEY-----", "listening on :8443"));
        assertEquals(
                List.of(
                        "Starting server",
                        "[REDACTED]",
                        "[REDACTED]",
                        "[REDACTED]",
                        "[REDACTED]",
                        "listening on :8443"),
                out);
        assertEquals(
                "Starting server\n[REDACTED]\nlistening",
                ENGINE.redact("Starting server\n" + BODY_1 + "\n" + BODY_2 + "\n-----END PRIVATE KEY-----\nlistening"));
    }

    @Test
    void aKeyInsideAJsonStringIsMaskedWithOrWithoutItsBeginLine() {
        String escaped = BODY_1 + "\\n" + BODY_2 + "\\n-----END PRIVATE KEY-----\\n";
        assertEquals(
                "{\"pem\": \"-----BEGIN PRIVATE KEY-----[REDACTED]\\n\", \"x\": 1}",
                ENGINE.redact("{\"pem\": \"-----BEGIN PRIVATE KEY-----\\n" + escaped + "\", \"x\": 1}"));
        assertEquals(
                "{\"pem\": \"[REDACTED]\\n\", \"x\": 1}", ENGINE.redact("{\"pem\": \"" + escaped + "\", \"x\": 1}"));
    }

    @Test
    void aBlockWithoutItsEndIsMaskedToTheEndAndCertificatesStay() {
        assertEquals(
                "-----BEGIN EC PRIVATE KEY-----[REDACTED]",
                ENGINE.redact("-----BEGIN EC PRIVATE KEY-----\n" + BODY_1 + "\n" + BODY_1));
        String cert = "-----BEGIN CERTIFICATE-----\n" + BODY_1 + "\n-----END CERTIFICATE-----";
        assertEquals(cert, ENGINE.redact(cert));
        List<String> lines = List.of("Loading", "config", "-----END CERTIFICATE-----");
        assertEquals(lines, ENGINE.redactLines(lines));
    }
}
