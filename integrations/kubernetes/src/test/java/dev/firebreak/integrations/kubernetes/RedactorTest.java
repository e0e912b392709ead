package dev.firebreak.integrations.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RedactorTest {
    private final Redactor redactor = new Redactor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            password=hunter2 user=app                          | password=[REDACTED] user=app
            DB_PASSWORD=hunter2                                | DB_PASSWORD=[REDACTED]
            db.passwd: hunter2                                 | db.passwd: [REDACTED]
            client_secret=abc123&grant_type=x                  | client_secret=[REDACTED]&grant_type=x
            GET /cb?token=abc123def HTTP/1.1                   | GET /cb?token=[REDACTED] HTTP/1.1
            {"api_key": "k-123", "user": "bob"}                | {"api_key": "[REDACTED]", "user": "bob"}
            {"password":"p@ss w0rd","ok":true}                 | {"password":"[REDACTED]","ok":true}
            X-Api-Key: 0f9e8d7c6b5a                            | X-Api-Key: [REDACTED]
            Authorization: Bearer abc.def.ghi-123              | Authorization: Bearer [REDACTED]
            ~curl -H "Authorization: Basic dXNlcjpwYXNz" x~    | ~curl -H "Authorization: Basic [REDACTED]" x~
            using bearer 9f8e7d6c5b4a39281726354abc            | using bearer [REDACTED]
            key AKIAIOSFODNN7EXAMPLE in use                    | key [REDACTED] in use
            jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig-x_1 ok | jwt [REDACTED] ok
            connect postgres://app:s3cr3t@db:5432/x failed     | connect postgres://app:[REDACTED]@db:5432/x failed
            mysql://root:toor@mysql.db:3306/shop               | mysql://root:[REDACTED]@mysql.db:3306/shop
            mongodb+srv://svc:Pa55@cluster0.x.mongodb.net/db   | mongodb+srv://svc:[REDACTED]@cluster0.x.mongodb.net/db
            redis://:r3dis@cache:6379/0                        | redis://:[REDACTED]@cache:6379/0
            https://deploy:ghp_pass@git.example.com/repo.git   | https://deploy:[REDACTED]@git.example.com/repo.git
            slack xoxb-1234567890-0987654321-AbCdEfGhIj        | slack [REDACTED]
            app token xapp-1-A0123456789-abcdefghij            | app token [REDACTED]
            gh ghp_0123456789abcdefghijABCDEFGHIJ012345 used   | gh [REDACTED] used
            pat github_pat_11ABCDEFG0123456789_abcdefghijklmn  | pat [REDACTED]
            already password=[REDACTED] here                   | already password=[REDACTED] here
            """)
    void masksTheSecretAndKeepsTheKey(String input, String expected) {
        assertEquals(expected, redactor.redact(input));
        assertEquals(expected, redactor.redact(expected), "idempotent");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "password policy updated",
                "token bucket refilled: 20 tokens",
                "tokens=5 max_tokens=10",
                "secret rotation scheduled for 02:00",
                "secretName: db-creds",
                "the bearer authentication scheme",
                "Authorization failed for user bob",
                "volume mounted at https://example.com/docs",
                "GET https://api.example.com/v1/orders?page=2 200",
                "monkey=banana keyboard=us",
                "DB_PASSWORD=<redacted>, API_TOKEN=<secretKeyRef>",
                "Back-off pulling image \"registry.example.com/shop/worker:1.9.9\"",
                "0/3 nodes are available: 3 Insufficient memory.",
                "FATAL: password authentication failed for user \"app\"",
                "api_key_id=42 access_key_id=7",
            })
    void leavesLookAlikesAlone(String text) {
        assertEquals(text, redactor.redact(text));
    }

    @Test
    void privateKeyBlocksAreMaskedWholeInTextAndAcrossLines() {
        String key = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA0Z3VS5JJcds3xfn\nabc123==\n"
                + "-----END RSA PRIVATE KEY-----";
        String text = redactor.redact("loaded key " + key + " ok");
        assertEquals("loaded key -----BEGIN RSA PRIVATE KEY-----[REDACTED] ok", text);

        List<String> lines = redactor.redactLines(List.of(
                "before",
                "key: -----BEGIN PRIVATE KEY-----",
                "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC",
                "abc123==",
                "-----END PRIVATE KEY-----",
                "after password=x"));
        assertEquals(
                List.of(
                        "before",
                        "key: -----BEGIN PRIVATE KEY-----[REDACTED]",
                        "[REDACTED]",
                        "[REDACTED]",
                        "[REDACTED]",
                        "after password=[REDACTED]"),
                lines);
    }

    @Test
    void withABudgetWhatIsNotCheckedInTimeIsWithheldNotShown() {
        List<String> lines = List.of("password=hunter2", "ok");
        assertEquals(List.of("password=[REDACTED]", "ok"), redactor.redactLines(lines, Duration.ofSeconds(30)));
        List<String> late = redactor.redactLines(lines, Duration.ZERO);
        assertEquals(1, late.size());
        assertFalse(late.get(0).contains("hunter2"));
        assertTrue(late.get(0).startsWith("[REDACTED: not checked"), late.get(0));
        assertEquals("password=[REDACTED]", redactor.redact("password=hunter2", Duration.ofSeconds(30)));
    }

    @Test
    void tenThousandLinesAreFast() {
        List<String> lines = new ArrayList<>();
        IntStream.range(0, 10_000)
                .forEach(i -> lines.add(
                        i % 10 == 0
                                ? "2024-05-01T10:00:00Z WARN retry " + i + " password=hunter" + i
                                        + " url=postgres://a:b@h/db"
                                : "2024-05-01T10:00:00Z INFO GET /api/orders/" + i
                                        + " 200 12ms user-agent=kube-probe/1.29"));
        redactor.redactLines(lines); // warm up the JIT
        long start = System.nanoTime();
        List<String> out = redactor.redactLines(lines);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(10_000, out.size());
        assertFalse(String.join("\n", out).contains("hunter"));
        // Generous for a shared 2-core CI machine; typically well under 100 ms.
        assertTrue(ms < 1500, "took " + ms + " ms");
    }
}
