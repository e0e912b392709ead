package dev.firebreak.integrations.pagerduty;

import static dev.firebreak.integrations.pagerduty.PagerDutySignature.Result.MISMATCH;
import static dev.firebreak.integrations.pagerduty.PagerDutySignature.Result.MISSING_OR_MALFORMED;
import static dev.firebreak.integrations.pagerduty.PagerDutySignature.Result.VALID;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.firebreak.testdata.TestData;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Against PagerDuty's own test vector (from go-pagerduty), byte for byte. */
class PagerDutySignatureTest {
    static final Path SAMPLES = TestData.resolve("samples/pagerduty-webhooks-v3");

    static Map<String, Object> vector;
    static byte[] body;
    static String secret;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readVector() throws IOException {
        vector = ObjectMapper.getDefault().readValue(
                Files.readAllBytes(SAMPLES.resolve("signature_test_vector.json")), Map.class);
        body = Files.readAllBytes(SAMPLES.resolve("signature_test_vector.body.json"));
        secret = (String) vector.get("secret");
    }

    private static PagerDutySignature withSecrets(String... secrets) {
        return new PagerDutySignature(List.of(secrets));
    }

    @Test
    void officialVectorIsValid() {
        assertEquals(VALID, withSecrets(secret).verify((String) vector.get("valid_signature"), body));
    }

    @Test
    void officialMismatchingSignatureIsAMismatch() {
        assertEquals(MISMATCH, withSecrets(secret).verify((String) vector.get("mismatching_signature"), body));
    }

    @Test
    void duringPagerDutysRotationAnyEntryMayMatch() {
        String header = (String) vector.get("multi_signature_header_example");

        assertEquals(VALID, withSecrets(secret).verify(header, body));
        assertEquals(VALID, withSecrets(secret).verify(header.replace(",", " , "), body));
    }

    @Test
    void duringOurRotationAnyConfiguredSecretMayMatch() {
        PagerDutySettings settings = new PagerDutySettings(null, null, null, "old-secret, " + secret);

        assertEquals(VALID, new PagerDutySignature(settings).verify((String) vector.get("valid_signature"), body));
    }

    @Test
    void aTamperedBodyIsAMismatch() {
        byte[] tampered = Arrays.copyOf(body, body.length);
        String text = new String(tampered, StandardCharsets.UTF_8).replace("\"urgency\":\"high\"", "\"urgency\":\"low\"");

        assertEquals(MISMATCH, withSecrets(secret).verify(
                (String) vector.get("valid_signature"), text.getBytes(StandardCharsets.UTF_8)));
        // One trailing newline is enough: the HMAC covers the raw bytes, not the JSON they mean.
        assertEquals(MISMATCH, withSecrets(secret).verify(
                (String) vector.get("valid_signature"), (new String(body, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aWrongSecretIsAMismatch() {
        assertEquals(MISMATCH, withSecrets("not-the-secret").verify((String) vector.get("valid_signature"), body));
    }

    @Test
    void withoutSecretsNothingIsValid() {
        assertEquals(MISMATCH, withSecrets().verify((String) vector.get("valid_signature"), body));
        assertEquals(MISMATCH, new PagerDutySignature(new PagerDutySettings(null, null, null, " ")).verify(
                (String) vector.get("valid_signature"), body));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "v1=zz", "v1=", "v1", "garbage", ",", "v0=0c0b9495b893a39e70d1fea2fe11fbe0a825f88b9f67846f6cc07dd2bc5476cd",
            "0c0b9495b893a39e70d1fea2fe11fbe0a825f88b9f67846f6cc07dd2bc5476cd",
            "v1=0c0b9495b893a39e70d1fea2fe11fbe0a825f88b9f67846f6cc07dd2bc5476",
            "v1=0c0b9495b893a39e70d1fea2fe11fbe0a825f88b9f67846f6cc07dd2bc5476cdzz",
            "v1=zc0b9495b893a39e70d1fea2fe11fbe0a825f88b9f67846f6cc07dd2bc5476cd"})
    void malformedHeadersAreRejectedAsMalformed(String header) {
        assertEquals(MISSING_OR_MALFORMED, withSecrets(secret).verify(header, body));
    }

    @Test
    void upperCaseHexIsAccepted() {
        String upper = "v1=" + ((String) vector.get("valid_signature")).substring(3).toUpperCase();

        assertEquals(VALID, withSecrets(secret).verify(upper, body));
    }

    @Test
    void aMalformedEntryNextToAMatchingOneIsIgnored() {
        assertEquals(VALID, withSecrets(secret).verify("v1=zz," + vector.get("valid_signature"), body));
    }
}
