package dev.firebreak.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateRankingTest {

    @Test
    void errorTemplateRanksFirstWithoutAWindow() {
        TemplateMiner miner = new TemplateMiner();
        for (int i = 0; i < 500; i++) miner.add("request " + i + " served in " + (i % 7) + " ms");
        for (int i = 0; i < 3; i++) miner.add("ERROR db connection refused to 10.0.0." + i);
        List<RankedTemplate> ranked = TemplateRanking.rank(miner);
        // the leading level word is read as a header: it sets the level and leaves the template
        assertEquals("db connection refused to <*>", ranked.get(0).template().template());
        assertEquals(List.of("error"), ranked.get(0).reasons());
        assertEquals(500, ranked.get(1).template().count());
    }

    @Test
    void newInWindowTemplateRanksFirst() {
        TemplateMiner miner = new TemplateMiner(MinerConfig.DEFAULT, IncidentWindow.fromLine(901));
        for (int i = 1; i <= 1000; i++) {
            miner.add("request " + i + " served in " + (i % 7) + " ms");
            if (i % 100 == 0) miner.add("cache refreshed with " + i + " entries");
            if (i > 900 && i % 20 == 0) miner.add("queue depth above limit for consumer payments");
        }
        List<RankedTemplate> ranked = TemplateRanking.rank(miner);
        RankedTemplate top = ranked.get(0);
        assertEquals("queue depth above limit for consumer payments", top.template().template());
        assertTrue(top.newInWindow());
        assertEquals(List.of("new"), top.reasons());
        assertFalse(ranked.get(1).newInWindow());
    }

    @Test
    void errorAndNewBeatNewAloneAndBurstsBeatSteadyVolume() {
        Instant cutoff = Instant.parse("2024-03-01T10:00:00Z");
        TemplateMiner miner = new TemplateMiner(MinerConfig.DEFAULT, IncidentWindow.fromTime(cutoff));
        Instant t = cutoff.minusSeconds(1000);
        long line = 0;
        for (int i = 0; i < 2000; i++) {
            t = t.plusSeconds(1);
            miner.add("request " + i + " served", ++line, t);
            if (i % 100 == 0) miner.add("retrying upstream call attempt " + i, ++line, t);
            if (i >= 1000 && i % 10 == 0) miner.add("retrying upstream call attempt " + i, ++line, t);
            if (i == 1500) miner.add("leader election started term " + i, ++line, t);
            if (i == 1600) miner.add("payment failed for order " + i, ++line, t);
        }
        List<RankedTemplate> ranked = TemplateRanking.rank(miner);
        assertEquals("payment failed for order <*>", ranked.get(0).template().template());
        assertEquals(List.of("error", "new"), ranked.get(0).reasons());
        assertEquals("leader election started term <*>", ranked.get(1).template().template());
        RankedTemplate retry = ranked.get(2);
        assertEquals("retrying upstream call attempt <*>", retry.template().template());
        assertTrue(retry.burstRatio() >= TemplateRanking.BURST_FACTOR, "burst ratio " + retry.burstRatio());
        assertTrue(retry.reasons().get(0).startsWith("burst x"));
        assertEquals("request <*> served", ranked.get(3).template().template());
    }

    @Test
    void timeWindowTreatsLinesWithoutTimeAsBaseline() {
        IncidentWindow w = IncidentWindow.fromTime(Instant.parse("2024-03-01T10:00:00Z"));
        assertFalse(w.contains(5, null));
        assertTrue(w.contains(5, Instant.parse("2024-03-01T10:00:00Z")));
        assertFalse(IncidentWindow.NONE.contains(Long.MAX_VALUE, Instant.MAX));
    }
}
