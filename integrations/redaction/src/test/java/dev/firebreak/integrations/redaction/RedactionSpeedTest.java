package dev.firebreak.integrations.redaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The inputs that stalled the backtracking redactor (an 80 KB line: 130 s; a 100 KB base64 blob next to "token":
 * 9.8 s; 1 MiB alert annotations) are each handled in well under a second of CPU, and masked. A generous guard
 * against a catastrophic slow-down only: {@code bench/RedactionBench} measures the speed.
 */
class RedactionSpeedTest {
    private static final RedactionEngine ENGINE = RedactionEngine.standard();
    private static final long WELL_UNDER_A_SECOND_MS = 1000;

    @BeforeAll
    static void warmUp() {
        ENGINE.redact("password=x Authorization: Bearer y " + RuleTableTest.filler('a', 2000));
    }

    @Test
    void anEightyKilobyteLineOfWordsAndDotsNextToAKeyword() {
        String line = "token " + "a.".repeat(40_000) + " password=hunter2";
        String out = timed(() -> ENGINE.redact(line));
        assertTrue(out.endsWith(" password=[REDACTED]"), out.substring(out.length() - 40));
        assertEquals(line.length() - "hunter2".length() + RedactionEngine.MASK.length(), out.length());
    }

    @Test
    void aHundredKilobyteBase64BlobAfterTokenIsMaskedWhole() {
        String line = "token: " + RuleTableTest.filler('b', 100_000) + " next";
        assertEquals("token: [REDACTED] next", timed(() -> ENGINE.redact(line)));
    }

    @Test
    void aOneMebibyteAnnotationIsMaskedThroughout() {
        StringBuilder annotation = new StringBuilder("{\"description\":\"");
        int i = 0;
        while (annotation.length() < (1 << 20)) {
            annotation
                    .append("2024-05-01T10:00:")
                    .append(i % 60)
                    .append("Z retry ")
                    .append(i)
                    .append(" password=hunter")
                    .append(i)
                    .append(" url=postgres://app:pw")
                    .append(i)
                    .append("@db/shop token bucket ok key=")
                    .append(i)
                    .append(" Authorization: Bearer tok")
                    .append(i)
                    .append("\\n");
            i++;
        }
        String text = annotation.append("\",\"runbook\":\"https://wiki/x\"}").toString();
        String out = timed(() -> ENGINE.redact(text));
        assertFalse(out.contains("hunter"), "a password got through");
        assertFalse(out.contains("@db/shop token") && out.contains(":pw"), "a URL password got through");
        assertFalse(out.contains("Bearer tok"), "a bearer token got through");
        assertTrue(out.endsWith("\",\"runbook\":\"https://wiki/x\"}"), "the end of the annotation is kept");
    }

    @Test
    void manyKeysWithoutValuesAndManyNearMisses() {
        String line = "password= token: secret=, api_key; ".repeat(30_000);
        String out = timed(() -> ENGINE.redact(line));
        assertFalse(out.contains(RedactionEngine.WITHHELD));
    }

    @Test
    void inputBuiltToMakeEveryAttemptReadFarIsCutOffAndWithheldNotPassedOn() {
        String line = "://a:".repeat(200_000);
        String out = ENGINE.redact(line);
        assertTrue(out.endsWith(" characters)") && out.contains(RedactionEngine.WITHHELD), "not withheld");
        assertTrue(out.length() < line.length());
    }

    @Test
    void whatIsNotCheckedWithinTheBudgetIsWithheld() {
        assertEquals(RedactionEngine.WITHHELD + " (16 characters)", ENGINE.redact("password=hunter2", Duration.ZERO));
        assertEquals(
                List.of(RedactionEngine.WITHHELD + " (2 lines)"),
                ENGINE.redactLines(List.of("password=hunter2", "ok"), Duration.ZERO));
        assertEquals(
                List.of("password=[REDACTED]", "ok"),
                ENGINE.redactLines(List.of("password=hunter2", "ok"), Duration.ofSeconds(30)));
    }

    /**
     * Runs the redaction and checks the CPU time it took: the work done, which is what blows up when a pattern
     * backtracks, and which a busy shared CI machine does not inflate the way it inflates wall time.
     */
    private static String timed(Supplier<String> redaction) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        String out = redaction.get();
        long ms = (threads.getCurrentThreadCpuTime() - start) / 1_000_000;
        long wallMs = (System.nanoTime() - wallStart) / 1_000_000;
        assertTrue(ms < WELL_UNDER_A_SECOND_MS, "took " + ms + " ms of CPU (" + wallMs + " ms wall)");
        return out;
    }
}
