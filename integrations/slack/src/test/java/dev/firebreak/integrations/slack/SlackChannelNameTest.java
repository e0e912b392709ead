package dev.firebreak.integrations.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlackChannelNameTest {

    @Test
    void lowercasesAndReplacesWhatSlackRefuses() {
        assertEquals("inc-20261128-checkout-api-returns-500s", SlackChannelName.of("inc-20261128-Checkout API returns 500s!"));
        assertEquals("inc-20261128-cafe-deja-vu", SlackChannelName.of("inc-20261128-Café  déjà vu"));
        assertEquals("inc-20261128-db_7-is-down", SlackChannelName.of("inc-20261128-db_7 is down..."));
        assertEquals("incident", SlackChannelName.of("!!!"));
    }

    @Test
    void staysWithinEightyCharactersCuttingAtAWord() {
        String name = SlackChannelName.of("inc-20261128-" + "payments gateway timeouts across every region ".repeat(4));
        assertTrue(name.length() <= 80, name);
        assertTrue(name.matches("[a-z0-9_-]+"), name);
        assertTrue(!name.endsWith("-"), name);
    }

    @Test
    void suffixesKeepTheLimit() {
        String base = SlackChannelName.of("x".repeat(100));
        assertEquals(80, base.length());
        String suffixed = SlackChannelName.withSuffix(base, 12);
        assertEquals(80, suffixed.length());
        assertTrue(suffixed.endsWith("-12"));
        assertEquals("inc-a-2", SlackChannelName.withSuffix("inc-a", 2));
    }
}
