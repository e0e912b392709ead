package dev.firebreak.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateMinerTest {

    @Test
    void groupsLinesThatDifferOnlyInVariables() {
        TemplateMiner miner = new TemplateMiner();
        LogTemplate a = miner.add("Received block blk_123 of size 67108864 from 10.250.19.102");
        LogTemplate b = miner.add("Received block blk_-987 of size 3 from 10.251.73.220");
        assertSame(a, b);
        assertEquals("Received block <*> of size <*> from <*>", a.template());
        assertEquals(2, a.count());
    }

    @Test
    void separatesDifferentMessages() {
        TemplateMiner miner = new TemplateMiner();
        LogTemplate opened = miner.add("session opened for user root by uid=0");
        LogTemplate refused = miner.add("connection refused by remote host");
        LogTemplate shorter = miner.add("session opened");
        assertNotEquals(opened.id(), refused.id());
        assertNotEquals(opened.id(), shorter.id());
        assertEquals(3, miner.templateCount());
    }

    @Test
    void generalizesInPlaceKeepingTheId() {
        TemplateMiner miner = new TemplateMiner();
        LogTemplate first = miner.add("Invalid user admin from host alpha port ssh");
        long id = first.id();
        LogTemplate second = miner.add("Invalid user oracle from host alpha port ssh");
        assertSame(first, second);
        assertEquals(id, second.id());
        assertEquals("Invalid user <*> from host alpha port ssh", second.template());
    }

    @Test
    void tracksFirstAndLastSeenAndThreeSamples() {
        TemplateMiner miner = new TemplateMiner();
        Instant t0 = Instant.parse("2024-03-01T10:00:00Z");
        LogTemplate t = null;
        for (int i = 0; i < 5; i++) t = miner.add("worker " + i + " started", 100 + i, t0.plusSeconds(i));
        assertEquals(5, t.count());
        assertEquals(100, t.firstLine());
        assertEquals(104, t.lastLine());
        assertEquals(t0, t.firstSeen());
        assertEquals(t0.plusSeconds(4), t.lastSeen());
        assertEquals(List.of("worker 0 started", "worker 1 started", "worker 2 started"), t.samples());
    }

    @Test
    void numbersLinesFromOneWithoutTimes() {
        TemplateMiner miner = new TemplateMiner();
        miner.add("alpha beta");
        LogTemplate t = miner.add("alpha beta");
        assertEquals(1, t.firstLine());
        assertEquals(2, t.lastLine());
        assertNull(t.firstSeen());
        assertEquals(2, miner.linesSeen());
    }

    @Test
    void stripsHeadersSoTimestampsDoNotSplitTemplates() {
        TemplateMiner miner = new TemplateMiner();
        LogTemplate a = miner.add("2024-03-01 10:00:00,001 INFO [main] app.Db: pool exhausted, waiting");
        LogTemplate b = miner.add("2024-03-01 10:00:07,421 INFO [worker-2] app.Db: pool exhausted, waiting");
        assertSame(a, b);
        assertEquals("pool exhausted, waiting", a.template());
    }

    @Test
    void hintsLevelFromHeaderAndWording() {
        TemplateMiner miner = new TemplateMiner();
        assertEquals(LevelHint.ERROR, miner.add("2024-03-01 10:00:00 ERROR app.Db: pool gone").level());
        assertEquals(LevelHint.ERROR, miner.add("upload failed: disk full").level());
        assertEquals(LevelHint.ERROR, miner.add("caught java.io.IOException: reset").level());
        assertEquals(LevelHint.WARN, miner.add("2024-03-01 10:00:00 WARN app.Db: pool low").level());
        assertEquals(LevelHint.OTHER, miner.add("cache warmed in 3 ms").level());
    }

    @Test
    void keepsSamplesShort() {
        LogTemplate t = new TemplateMiner().add("payload " + "x ".repeat(5_000));
        assertEquals(LogTemplate.MAX_SAMPLE_LENGTH, t.samples().get(0).length());
    }

    @Test
    void handlesEmptyLines() {
        TemplateMiner miner = new TemplateMiner();
        LogTemplate a = miner.add("");
        LogTemplate b = miner.add("   ");
        assertSame(a, b);
        assertEquals("", a.template());
    }

    @Test
    void oneDifferingWordInALongLineIsAVariable() {
        TemplateMiner miner = new TemplateMiner();
        // 3 of 4 words agree: below the 0.8 threshold, joined by the one-mismatch rule
        LogTemplate a = miner.add("received broadcast package alpha");
        LogTemplate b = miner.add("received broadcast package bravo");
        assertSame(a, b);
        assertEquals("received broadcast package <*>", a.template());
        // in a short line one word is too large a share to guess
        assertNotEquals(miner.add("session opened").id(), miner.add("session closed").id());
    }

    @Test
    void theOneMismatchRuleCanBeTurnedOff() {
        TemplateMiner miner = new TemplateMiner(MinerConfig.DEFAULT.withSimilarity(0.9, 0));
        LogTemplate a = miner.add("received broadcast package alpha");
        assertNotEquals(a.id(), miner.add("received broadcast package bravo").id());
    }

    @Test
    void linesStartingWithVariablesStillSeparateByTheirWords() {
        TemplateMiner miner = new TemplateMiner();
        LogTemplate open = miner.add("10.0.0.5:443 open through proxy p1");
        LogTemplate close = miner.add("10.0.0.6:80 close after 120 bytes");
        assertSame(open, miner.add("10.9.9.9:8443 open through proxy p1"));
        assertNotEquals(open.id(), close.id());
    }

    @Test
    void rejectsInvalidConfig() {
        assertThrows(IllegalArgumentException.class, () -> new MinerConfig(1.5, 4, 100, 10, true));
        assertThrows(IllegalArgumentException.class, () -> new MinerConfig(0.5, 2, 100, 10, true));
        assertThrows(IllegalArgumentException.class, () -> new MinerConfig(0.5, 4, 1, 10, true));
        assertThrows(IllegalArgumentException.class, () -> new MinerConfig(0.5, 4, 100, 0, true));
        assertThrows(IllegalArgumentException.class, () -> new MinerConfig(0.5, 4, 100, 10, true, -1));
    }
}
