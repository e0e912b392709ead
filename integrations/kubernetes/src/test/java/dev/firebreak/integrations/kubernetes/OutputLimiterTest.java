package dev.firebreak.integrations.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OutputLimiterTest {

    @Test
    void withinLimitsNothingChanges() {
        OutputLimiter.Capped c = OutputLimiter.capWithNote(List.of("a", "b"), 10, 1024, 0, 0);
        assertEquals(List.of("a", "b"), c.lines());
        assertFalse(c.cut());
    }

    @Test
    void tooManyLinesKeepsTheFirstAndAddsANote() {
        List<String> lines = IntStream.range(0, 100).mapToObj(i -> "line " + i).toList();
        OutputLimiter.Capped c = OutputLimiter.capWithNote(lines, 10, 65536, 0, 0);
        assertEquals(10, c.lines().size());
        assertEquals("line 0", c.lines().get(0));
        assertTrue(c.lines().get(9).startsWith("[truncated: 91 more lines"), c.lines().get(9));
    }

    @Test
    void theByteCapHoldsIncludingTheNote() {
        List<String> lines = IntStream.range(0, 1000).mapToObj(i -> "é".repeat(50) + i).toList();
        OutputLimiter.Capped c = OutputLimiter.capWithNote(lines, 500, 2048, 0, 0);
        String text = String.join("\n", c.lines());
        assertTrue(text.getBytes(StandardCharsets.UTF_8).length <= 2048, "bytes");
        assertTrue(c.cut());
    }

    @Test
    void anEarlierOmissionByTheActionIsReportedEvenIfTheRestFits() {
        OutputLimiter.Capped c = OutputLimiter.capWithNote(List.of("newest"), 500, 65536, 42, 4200);
        assertEquals(List.of("newest", OutputLimiter.note(42, 4200)), c.lines());
    }

    @Test
    void aHugeLineIsClipped() {
        String huge = "x".repeat(100_000);
        OutputLimiter.Capped c = OutputLimiter.capWithNote(List.of(huge), 500, 65536, 0, 0);
        assertTrue(c.lines().get(0).length() < 2100);
        assertTrue(c.lines().get(0).endsWith("… [cut 98,000 chars]"));
        assertTrue(c.cut());
    }

    @Test
    void tailKeepsTheNewest() {
        List<String> lines = IntStream.rangeClosed(1, 10).mapToObj(String::valueOf).collect(Collectors.toList());
        OutputLimiter.Capped c = OutputLimiter.tail(lines, 3, 1000);
        assertEquals(List.of("8", "9", "10"), c.lines());
        assertEquals(7, c.omittedLines());
    }

    @Test
    void durationsAndSecondsFormat() {
        assertEquals(Duration.ofMinutes(90), Durations.parse("1h30m"));
        assertEquals(Duration.ofDays(1), Durations.parse("1d"));
        assertEquals(Duration.ofHours(2), Durations.parse("PT2H"));
        assertEquals(null, Durations.parse("soon"));
        assertEquals(null, Durations.parse("0s"));
        assertEquals("1h30m", Durations.format(Duration.ofMinutes(90)));
        assertEquals("0.3s", ClusterActions.seconds(Duration.ofMillis(300)));
        assertEquals("20s", ClusterActions.seconds(Duration.ofSeconds(20)));
    }
}
