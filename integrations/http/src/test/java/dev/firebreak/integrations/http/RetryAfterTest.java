package dev.firebreak.integrations.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");

    @Test
    void secondsAndDatesAreBothRead() {
        assertEquals(Duration.ofSeconds(7), RetryAfter.parse(" 7 ", NOW));
        assertEquals(Duration.ofSeconds(30), RetryAfter.parse("Wed, 01 May 2024 10:00:30 GMT", NOW));
        assertEquals(Duration.ZERO, RetryAfter.parse("Wed, 01 May 2024 09:00:00 GMT", NOW));
        assertEquals(Duration.ZERO, RetryAfter.parse("-5", NOW));
    }

    @Test
    void absentOrUnreadableLeavesTheChoiceToOurBackoff() {
        assertNull(RetryAfter.parse(null, NOW));
        assertNull(RetryAfter.parse("", NOW));
        assertNull(RetryAfter.parse("soon", NOW));
    }
}
