package dev.firebreak.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemplateEvictionTest {
    private static final String[] WORDS = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel",
            "india", "juliet", "kilo", "lima", "mike", "november", "oscar", "papa"};

    /** Distinct word sequences: never similar enough to merge, so every line wants a new template. */
    private static String distinct(int i) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < 5; k++) {
            sb.append(WORDS[i & 15]).append(k).append('x').append(' ');
            sb.append(WORDS[(i >> 4) & 15]).append(WORDS[(i >> 8) & 15]).append(WORDS[(i >> 12) & 15]).append(' ');
            i = i * 31 + 7;
        }
        return sb.toString();
    }

    @Test
    void templateCountNeverExceedsTheCap() {
        TemplateMiner miner = new TemplateMiner(MinerConfig.DEFAULT.withMaxTemplates(100));
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            ids.add(miner.add(distinct(i)).id());
            assertTrue(miner.templateCount() <= 100, "over the cap at line " + i);
        }
        assertEquals(100, miner.templateCount());
        assertEquals(100, miner.templates().size());
        assertTrue(ids.size() > 1_000, "input was meant to be mostly distinct, got " + ids.size() + " templates");
        assertEquals(ids.size() - 100, miner.evictedCount());
    }

    @Test
    void unlikeLinesSharingALeafAreCappedSoEachLineStaysCheap() {
        TemplateMiner miner = new TemplateMiner();
        for (int i = 0; i < 10_000; i++) {
            // same length and first two tokens: all land in one tree leaf
            miner.add("svc start " + WORDS[i & 15] + " " + WORDS[(i >> 4) & 15] + " " + WORDS[(i >> 8) & 15] + " "
                    + WORDS[(i >> 12) & 15] + " end");
            assertTrue(miner.templateCount() <= TemplateMiner.MAX_PER_LEAF, "leaf over its cap at line " + i);
        }
        assertEquals(TemplateMiner.MAX_PER_LEAF, miner.templateCount());
    }

    @Test
    void aBusyButQuietTemplateSurvivesAFloodOfOneOffs() {
        TemplateMiner miner = new TemplateMiner(MinerConfig.DEFAULT.withMaxTemplates(50));
        LogTemplate busy = null;
        for (int i = 0; i < 200; i++) busy = miner.add("heartbeat from node " + i);
        for (int i = 0; i < 1_000; i++) miner.add(distinct(i));
        assertTrue(miner.templates().contains(busy), "busy template was evicted");
    }

    @Test
    void evictedTemplatesAreReportedAndCanReturnAsNew() {
        TemplateMiner miner = new TemplateMiner(MinerConfig.DEFAULT.withMaxTemplates(2));
        Set<Long> evicted = new HashSet<>();
        miner.onEviction(t -> evicted.add(t.id()));
        LogTemplate first = miner.add("one two three");
        miner.add("four five six seven");
        miner.add("eight nine");
        assertEquals(Set.of(first.id()), evicted);
        LogTemplate again = miner.add("one two three");
        assertTrue(again.id() != first.id());
        assertEquals(2, miner.templateCount());
    }
}
