package dev.firebreak.integrations.jira;

import static dev.firebreak.integrations.jira.JiraWebhookSignature.Result.INVALID;
import static dev.firebreak.integrations.jira.JiraWebhookSignature.Result.VALID;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.firebreak.testdata.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Digests computed outside this code (openssl, and GitHub's published X-Hub-Signature-256 example). */
class JiraWebhookSignatureTest {
    private static final String SECRET = "It is a Secret to Everybody";
    /** {@code openssl dgst -sha256 -hmac "$SECRET" webhook-issue-updated-resolved.json} */
    private static final String RESOLVED_DIGEST = "69a5ff7d0beb3e05ef3534c7e4c9e908a2d0059e9ac2c37fc297e0758e41b2db";

    private static byte[] resolvedBody() throws IOException {
        return Files.readAllBytes(TestData.resolve("samples/jira-webhooks/webhook-issue-updated-resolved.json"));
    }

    @Test
    void realBodySignedWithTheSecretIsValid() throws IOException {
        JiraWebhookSignature signature = new JiraWebhookSignature(SECRET);

        assertEquals(VALID, signature.verify("sha256=" + RESOLVED_DIGEST, resolvedBody()));
        assertEquals(VALID, signature.verify(" SHA256=" + RESOLVED_DIGEST.toUpperCase() + " ", resolvedBody()));
    }

    @Test
    void githubsPublishedExampleIsValid() {
        // Same HMAC-SHA256 "sha256=<hex>" scheme, example from GitHub's "Validating webhook deliveries".
        assertEquals(VALID, new JiraWebhookSignature("It's a Secret to Everybody").verify(
                "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17",
                "Hello, World!".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void changedBodyWrongSecretOrNoSecretIsInvalid() throws IOException {
        byte[] body = resolvedBody();
        byte[] changed = body.clone();
        changed[changed.length - 2] ^= 1;

        assertEquals(INVALID, new JiraWebhookSignature(SECRET).verify("sha256=" + RESOLVED_DIGEST, changed));
        assertEquals(INVALID, new JiraWebhookSignature("another secret").verify("sha256=" + RESOLVED_DIGEST, body));
        assertEquals(INVALID, new JiraWebhookSignature((String) null).verify("sha256=" + RESOLVED_DIGEST, body));
        assertEquals(INVALID, new JiraWebhookSignature("").verify("sha256=" + RESOLVED_DIGEST, body));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "sha256=", "sha1=" + RESOLVED_DIGEST, RESOLVED_DIGEST, "sha256=" + RESOLVED_DIGEST + "00",
            "sha256=zz5ff7d0beb3e05ef3534c7e4c9e908a2d0059e9ac2c37fc297e0758e41b2db"})
    void missingOrMalformedHeaderIsInvalid(String header) throws IOException {
        assertEquals(INVALID, new JiraWebhookSignature(SECRET).verify(header, resolvedBody()));
    }
}
