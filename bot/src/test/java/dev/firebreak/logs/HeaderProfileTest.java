package dev.firebreak.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The header is a property of the file: stripped on every line when most lines show one, on none otherwise. */
class HeaderProfileTest {

    /** A proxy log whose messages start with the destination, an IP or a host name with a port. */
    private static final List<String> PROXY = List.of(
            "10.0.0.5:443 open through proxy proxy.example.org:5070 HTTPS",
            "cdn.example.net:443 open through proxy proxy.example.org:5070 HTTPS",
            "10.0.0.9:80 open through proxy proxy.example.org:5070 HTTPS",
            "api.example.com:443 open through proxy proxy.example.org:5070 HTTPS",
            "10.1.2.3:8443 open through proxy proxy.example.org:5070 HTTPS",
            "10.0.0.5:443 close, 1024 bytes sent, 2048 bytes received, lifetime 00:01",
            "cdn.example.net:443 close, 512 bytes sent, 99 bytes received, lifetime 00:02");

    @Test
    void hostPortFirstIsOneEventWhateverTheHostLooksLike() {
        TemplateMiner miner = new TemplateMiner();
        miner.learnHeaders(PROXY);
        List<LogTemplate> assigned = new ArrayList<>();
        for (String line : PROXY) assigned.add(miner.add(line));
        for (int i = 1; i < 5; i++) assertSame(assigned.get(0), assigned.get(i), PROXY.get(i));
        assertSame(assigned.get(5), assigned.get(6));
        assertEquals("<*> open through proxy <*> HTTPS", assigned.get(0).template());
        assertFalse(miner.headerProfile().stripsHeaders());
    }

    @Test
    void anAddressIsNeverAHeaderEvenWithoutAProfile() {
        HeaderStripper stripper = new HeaderStripper();
        for (String line : List.of("10.0.0.5:443 open through proxy", "10.0.0.5 open through proxy",
                "2001:db8::1 open through proxy", "[10.0.0.5:443] open through proxy", "42 open through proxy")) {
            stripper.strip(line);
            assertEquals(0, stripper.contentStart, line);
        }
    }

    @Test
    void aConsistentTimestampHeaderIsStrippedOnEveryLine() {
        List<String> lines = List.of(
                "2024-03-01 10:00:00,001 INFO [main] app.Db: pool exhausted, waiting",
                "2024-03-01 10:00:01,002 WARN [main] app.Db: retry 3 of 5",
                "  at app.Db.connect(Db.java:42)",
                "2024-03-01 10:00:07,421 INFO [worker-2] app.Db: pool exhausted, waiting");
        TemplateMiner miner = new TemplateMiner();
        miner.learnHeaders(lines);
        assertTrue(miner.headerProfile().stripsHeaders());
        LogTemplate first = miner.add(lines.get(0));
        assertEquals("retry <*> of <*>", miner.add(lines.get(1)).template());
        assertEquals("at <*>", miner.add(lines.get(2)).template()); // no header: left whole
        assertSame(first, miner.add(lines.get(3)));
        assertEquals("pool exhausted, waiting", first.template());
    }

    @Test
    void headersOnAFewLinesOnlyAreLeftInPlace() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 8; i++) lines.add("worker " + i + " picked job " + (100 + i));
        lines.add("2024-03-01 10:00:00 INFO worker 9 picked job 109");
        lines.add("2024-03-01 10:00:01 INFO worker 10 picked job 110");
        TemplateMiner miner = new TemplateMiner();
        miner.learnHeaders(lines);
        assertFalse(miner.headerProfile().stripsHeaders());
        LogTemplate t = null;
        for (String line : lines) t = miner.add(line);
        assertEquals("<*> <*> INFO worker <*> picked job <*>", t.template());
    }

    @Test
    void messagesStartingWithANumberKeepIt() {
        List<String> lines = List.of("3 pending requests", "12 pending requests", "retrying now");
        TemplateMiner miner = new TemplateMiner();
        miner.learnHeaders(lines);
        assertSame(miner.add(lines.get(0)), miner.add(lines.get(1)));
        assertEquals("<*> pending requests", miner.add(lines.get(0)).template());
    }
}
