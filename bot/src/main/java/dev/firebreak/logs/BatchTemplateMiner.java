package dev.firebreak.logs;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Template miner for a whole batch of lines (a file, the pods' log tails), after Brain's idea: the most frequent
 * words of lines of the same length that always occur together are an event's constants (see {@link BrainGrouping}).
 * Unlike {@link TemplateMiner} it sees every line before deciding, so the order of lines does not matter. It keeps
 * the batch's distinct token sequences (one per distinct masked line) and an int per line: memory grows with the
 * variety of the text, not its volume, but it is meant for batches, not endless streams.
 * Use: {@link #learnHeaders}, then {@link #add} each line, then {@link #finish}. Single-threaded.
 */
public final class BatchTemplateMiner {
    /** A column with at most this many distinct words in a group is split on; chosen leave-one-system-out. */
    public static final int DEFAULT_SPLIT_VALUES = 3;

    private final int splitValues;
    private final IncidentWindow window;
    private LineSequences seqs;

    public BatchTemplateMiner() {
        this(DEFAULT_SPLIT_VALUES, IncidentWindow.NONE);
    }

    public BatchTemplateMiner(int splitValues, IncidentWindow window) {
        if (splitValues < 1) throw new IllegalArgumentException("splitValues must be >= 1: " + splitValues);
        this.splitValues = splitValues;
        this.window = Objects.requireNonNull(window, "window");
    }

    /** Mines {@code lines} (numbered from 1); the header decision is made on the first of them. */
    public static MinedBatch mine(List<String> lines, int splitValues) {
        BatchTemplateMiner miner = new BatchTemplateMiner(splitValues, IncidentWindow.NONE);
        miner.learnHeaders(lines);
        for (String line : lines) miner.add(line);
        return miner.finish();
    }

    /** Decides from the first lines whether the batch has headers ({@link HeaderProfile}); call before adding. */
    public void learnHeaders(Iterable<String> firstLines) {
        if (seqs != null) throw new IllegalStateException("headers are decided before the first line");
        seqs = new LineSequences(HeaderProfile.learn(firstLines).stripsHeaders());
    }

    /** Adds the next line (lines are numbered from 1 in call order). */
    public void add(String line) {
        if (seqs == null) seqs = new LineSequences(true); // no sample: each line's header is judged on its own
        seqs.add(line);
    }

    /** Groups every line added so far. */
    public MinedBatch finish() {
        if (seqs == null) seqs = new LineSequences(true);
        BrainGrouping grouping = BrainGrouping.of(seqs, splitValues);
        List<LogTemplate> templates = new ArrayList<>(grouping.templates.size());
        for (int g = 0; g < grouping.templates.size(); g++) templates.add(null);
        int[] lineTemplate = new int[seqs.lineCount()];
        long windowLines = 0;
        long nextId = 1;
        for (int i = 0; i < lineTemplate.length; i++) {
            int seq = seqs.sequenceOf(i);
            int g = grouping.groupOf[seq];
            lineTemplate[i] = g;
            LogTemplate t = templates.get(g);
            if (t == null) { // ids in order of first appearance; spacing as the first line was written ("uid=<*>")
                t = new LogTemplate(nextId++, grouping.templates.get(g), seqs.glued[seq]);
                t.firstLine = i + 1;
                templates.set(g, t);
            }
            long number = i + 1;
            t.count++;
            t.lastLine = number;
            if (seqs.firstLine[seq] == i && seqs.sample[seq] != null)
                t.addSample(seqs.sample[seq]); // first line of each distinct variant
            t.level = t.level.max(seqs.level[seq]);
            if (window.contains(number, null)) {
                t.windowCount++;
                windowLines++;
            }
        }
        return new MinedBatch(templates, lineTemplate, window, windowLines);
    }
}
