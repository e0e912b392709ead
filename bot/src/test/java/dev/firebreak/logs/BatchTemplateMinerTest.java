package dev.firebreak.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class BatchTemplateMinerTest {
    private static final String[] NAMES = {"alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi"};

    private static MinedBatch mine(List<String> lines) {
        return BatchTemplateMiner.mine(lines, BatchTemplateMiner.DEFAULT_SPLIT_VALUES);
    }

    /** Template text to the number of lines it got, to compare groupings whatever the ids. */
    private static TreeMap<String, Long> shape(MinedBatch mined) {
        TreeMap<String, Long> out = new TreeMap<>();
        for (LogTemplate t : mined.templates()) out.merge(t.template(), t.count(), Long::sum);
        return out;
    }

    @Test
    void wordsWithManyValuesBecomeVariablesEvenWithoutDigits() {
        List<String> lines = new ArrayList<>();
        for (String name : NAMES) lines.add("session opened for user " + name + " by sshd");
        MinedBatch mined = mine(lines);
        assertEquals(1, mined.templates().size());
        assertEquals(
                "session opened for user <*> by sshd", mined.templates().get(0).template());
        assertEquals(NAMES.length, mined.templates().get(0).count());
    }

    @Test
    void aColumnWithFewWordsSplitsTheEvent() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            lines.add("link eth" + i + " changed state to up");
            lines.add("link eth" + i + " changed state to down");
        }
        assertEquals(
                new TreeMap<>(
                        java.util.Map.of("link <*> changed state to up", 6L, "link <*> changed state to down", 6L)),
                shape(mine(lines)));
    }

    @Test
    void eventsOfTheSameLengthStayApart() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            lines.add("worker " + i + " started job " + (100 + i));
            lines.add("worker " + i + " finished task " + (200 + i));
        }
        assertEquals(
                new TreeMap<>(java.util.Map.of("worker <*> started job <*>", 10L, "worker <*> finished task <*>", 10L)),
                shape(mine(lines)));
    }

    @Test
    void leadingHostPortIsOneVariableNotAHeader() {
        // the proxy log of the issue: an address with a port first on every line, no time stamp
        Random random = new Random(3);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String host = random.nextBoolean() ? "10.0.0." + random.nextInt(255) : "node" + i + ".example.org";
            lines.add(host + ":" + (1 + random.nextInt(65535)) + " open through proxy " + NAMES[i % NAMES.length]);
        }
        assertEquals(new TreeMap<>(java.util.Map.of("<*> open through proxy <*>", 50L)), shape(mine(lines)));
    }

    @Test
    void headersAreStrippedWhenEveryLineHasOne() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            lines.add(String.format("2024-03-01 10:00:%02d,%03d INFO [main] app.Web: request %d served", i, i * 7, i));
        }
        lines.add("2024-03-01 10:01:00,000 ERROR [main] app.Db: connection to 10.0.0.5 refused");
        MinedBatch mined = mine(lines);
        assertEquals(
                new TreeMap<>(java.util.Map.of("request <*> served", 20L, "connection to <*> refused", 1L)),
                shape(mined));
        assertEquals(LevelHint.ERROR, mined.templateOf(20).level());
        assertEquals(LevelHint.OTHER, mined.templateOf(0).level());
    }

    @Test
    void lineOrderDoesNotChangeTheGrouping() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            lines.add("user " + NAMES[i % NAMES.length] + " logged in from web");
            lines.add("cache miss for key " + i);
            lines.add("cache hit for key " + i);
            if (i % 5 == 0) lines.add("shutting down " + NAMES[(i / 5) % NAMES.length]);
        }
        List<String> shuffled = new ArrayList<>(lines);
        Collections.shuffle(shuffled, new Random(5));
        assertEquals(shape(mine(lines)), shape(mine(shuffled)));
        assertEquals(4, mine(lines).templates().size());
    }

    @Test
    void keepsCountsLinesSamplesAndIdsInOrderOfFirstAppearance() {
        List<String> lines =
                List.of("job 1 done", "disk full on vol1", "job 2 done", "job 2 done", "disk full on vol2");
        MinedBatch mined = mine(lines);
        LogTemplate job = mined.templateOf(0);
        LogTemplate disk = mined.templateOf(1);
        assertEquals(1, job.id());
        assertEquals(2, disk.id());
        assertSame(job, mined.templateOf(3));
        assertEquals(3, job.count());
        assertEquals(1, job.firstLine());
        assertEquals(4, job.lastLine());
        assertEquals(List.of("job 1 done"), job.samples()); // one sample per distinct masked line
        assertEquals(List.of("disk full on vol1"), disk.samples());
        assertEquals(5, mined.lineCount());
    }

    @Test
    void incidentWindowCountsAndRanksNewTemplatesFirst() {
        BatchTemplateMiner miner =
                new BatchTemplateMiner(BatchTemplateMiner.DEFAULT_SPLIT_VALUES, IncidentWindow.fromLine(4));
        List<String> lines = List.of("tick 1 ok", "tick 2 ok", "tick 3 ok", "disk quota exceeded on vol7", "tick 4 ok");
        miner.learnHeaders(lines);
        lines.forEach(miner::add);
        MinedBatch mined = miner.finish();
        RankedTemplate top = mined.ranked().get(0);
        assertEquals("disk quota exceeded on <*>", top.template().template());
        assertEquals(List.of("new"), top.reasons());
        assertEquals(1, mined.templateOf(4).windowCount());
    }

    @Test
    void writesAssignmentsForEveryLine() throws IOException {
        MinedBatch mined = mine(List.of("a 1 b", "key=7 seen", "a 2 b"));
        StringWriter out = new StringWriter();
        AssignmentsCsv.write(out, mined);
        assertEquals("line,template_id,template\n1,1,a <*> b\n2,2,key=<*> seen\n3,1,a <*> b\n", out.toString());
    }

    @Test
    void emptyBatchHasNoTemplatesAndBadSettingsAreRefused() {
        assertEquals(0, new BatchTemplateMiner().finish().templates().size());
        assertThrows(IllegalArgumentException.class, () -> new BatchTemplateMiner(0, IncidentWindow.NONE));
        assertNotEquals(0, mine(List.of("x")).templates().size());
    }

    @Test
    void keepsSamplesOfTheFirstDistinctLinesOnly() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < LineSequences.SAMPLED_SEQUENCES; i++) lines.add("word " + letters(i));
        lines.add("a late event");
        lines.add("a late event");
        MinedBatch mined = mine(lines);
        assertEquals("word <*>", mined.templateOf(0).template());
        assertEquals(List.of("word a", "word b", "word c"), mined.templateOf(0).samples());
        LogTemplate late = mined.templateOf(lines.size() - 1);
        assertEquals("a late event", late.template());
        assertEquals(2, late.count());
        assertEquals(List.of(), late.samples());
    }

    /** A digit-free word for {@code i}, so each line stays distinct after masking. */
    private static String letters(int i) {
        StringBuilder sb = new StringBuilder();
        do {
            sb.append((char) ('a' + i % 26));
            i /= 26;
        } while (i > 0);
        return sb.toString();
    }
}
