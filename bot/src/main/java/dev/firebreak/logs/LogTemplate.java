package dev.firebreak.logs;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One group of log lines sharing a message shape. Mutable: the miner generalizes the template in place as lines
 * arrive, so the id stays stable and earlier assignments to it remain valid. Read it from the mining thread only.
 */
public final class LogTemplate {
    static final int MAX_SAMPLES = 3;
    /** Samples are cut to this many characters so a few huge lines cannot defeat the template cap's memory bound. */
    static final int MAX_SAMPLE_LENGTH = 2_000;

    private final long id;
    String[] tokens;
    private final boolean[] glued;
    private String text;
    long count;
    long firstLine;
    long lastLine;
    Instant firstSeen;
    Instant lastSeen;
    long windowCount;
    LevelHint level = LevelHint.OTHER;
    private final String[] samples = new String[MAX_SAMPLES];
    private int sampleCount;

    // Owned by the miner: the prefix-tree leaf holding this template, when it was last seen (miner line count) and its
    // place in the recency list.
    PrefixTree.Node leaf;
    long touched;
    LogTemplate newer;
    LogTemplate older;

    LogTemplate(long id, String[] tokens, boolean[] glued) {
        this.id = id;
        this.tokens = tokens;
        this.glued = glued;
    }

    public long id() { return id; }

    /** The template with variables shown as {@code <*>}; runs of whitespace print as one space. */
    public String template() {
        if (text == null) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < tokens.length; i++) {
                sb.append(tokens[i]);
                if (i + 1 < tokens.length && !glued[i]) sb.append(' ');
            }
            text = sb.toString();
        }
        return text;
    }

    public long count() { return count; }
    public long firstLine() { return firstLine; }
    public long lastLine() { return lastLine; }
    /** Time of the first line, when the caller supplied times; otherwise null. */
    public Instant firstSeen() { return firstSeen; }
    public Instant lastSeen() { return lastSeen; }
    /** Lines at or after the miner's incident-window cutoff; 0 when it has none. */
    public long windowCount() { return windowCount; }
    public LevelHint level() { return level; }

    /** Up to three raw lines (the first ones seen, cut at 2,000 characters) showing what the variables looked like. */
    public List<String> samples() {
        return List.of(Arrays.copyOf(samples, sampleCount));
    }

    int tokenCount() { return tokens.length; }

    void addSample(String line) {
        if (sampleCount < MAX_SAMPLES) {
            samples[sampleCount++] = line.length() <= MAX_SAMPLE_LENGTH ? line : line.substring(0, MAX_SAMPLE_LENGTH);
        }
    }

    /** Replaces tokens that differ from {@code line} with the wildcard; returns true when the template changed. */
    boolean generalize(String[] line) {
        boolean changed = false;
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            if (t != MessageTokenizer.WILDCARD && !t.equals(line[i])) {
                tokens[i] = MessageTokenizer.WILDCARD;
                changed = true;
            }
        }
        if (changed) text = null;
        return changed;
    }

    @Override
    public String toString() {
        return "LogTemplate[" + id + ", count=" + count + ", " + template() + "]";
    }
}
