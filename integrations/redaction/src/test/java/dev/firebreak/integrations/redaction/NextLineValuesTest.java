package dev.firebreak.integrations.redaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values on the lines after their key, as YAML writes them; keys that are not secrets, and values in line, stay. */
class NextLineValuesTest {
    private final RedactionEngine engine = RedactionEngine.standard();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "'db:\\n  password:\\n    hunter2-not-in-line\\n  user: app'                 | hunter2-not-in-line | user: app",
                "'tls:\\n  private_key: |\\n    MIIEvQIBADANBgkqhkiG9w0BAQEFAASC\\n    c2VjcmV0\\nport: 443' | MIIEvQIBADANBgkqhkiG9w0BAQEFAASC | port: 443",
                "'- apiKey: >-\\n    abcdefghij0123456789\\n- name: web'                       | abcdefghij0123456789 | - name: web",
                "'\"token\":\\n      \"s3cr3t-value\"\\nnext: 1'                            | s3cr3t-value | next: 1",
            })
    void aSecretOnTheLinesBelowItsKeyIsMasked(String yaml, String secret, String kept) {
        String text = yaml.replace("\\n", "\n");

        String masked = engine.redact(text);
        assertFalse(masked.contains(secret), masked);
        assertTrue(masked.contains(kept) && masked.contains("[REDACTED]"), masked);
        String maskedLines = String.join("\n", engine.redactLines(List.of(text.split("\n"))));
        assertFalse(maskedLines.contains(secret), maskedLines);
        assertTrue(maskedLines.contains(kept), maskedLines);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "'passwordPolicy:\\n  minLength: 12'",
                "'tokens_issued: 3\\n  more: text'",
                "'secret_ref:\\nname: db-credentials-volume'",
                "'description:\\n  the token expired'",
            })
    void otherKeysAndWhatFollowsAnUnindentedLineStay(String yaml) {
        String text = yaml.replace("\\n", "\n");

        assertEquals(text, engine.redact(text));
    }
}
