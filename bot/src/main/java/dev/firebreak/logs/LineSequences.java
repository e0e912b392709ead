package dev.firebreak.logs;

import java.util.Arrays;

/**
 * The lines of a batch reduced to their distinct masked token sequences: each line is header-stripped (when the file
 * has headers), tokenized with digits and paths masked, and looked up in an open-addressing table of sequences seen
 * so far. Grouping then works on the distinct sequences with their line counts, which is the same as working on the
 * lines (frequencies are counts of lines) but costs one table lookup per repeated line.
 * Tokens compare with {@code equals}, which is an identity check for the interned words the tokenizer returns.
 */
final class LineSequences {
    private final MessageTokenizer tokenizer = new MessageTokenizer();
    private final HeaderStripper header = new HeaderStripper();
    private final boolean stripHeaders;

    String[][] tokens = new String[256][];
    boolean[][] glued = new boolean[256][];
    int[] weight = new int[256];
    LevelHint[] level = new LevelHint[256];
    /**
     * Index of the first line (0-based) of each sequence, and that line as written (cut like a template sample) for
     * the first {@link #SAMPLED_SEQUENCES} sequences only, so text of endless variety cannot fill the heap with samples.
     */
    int[] firstLine = new int[256];

    String[] sample = new String[256];
    int size;
    static final int SAMPLED_SEQUENCES = 20_000;

    private int[] slots = new int[1024]; // sequence index + 1, 0 = empty
    private int[] slotHash = new int[1024];
    private int[] lineSequence = new int[1024];
    private int lines;

    LineSequences(boolean stripHeaders) {
        this.stripHeaders = stripHeaders;
    }

    /** Adds the next line; returns the index of its sequence. */
    int add(String line) {
        int from = 0;
        LevelHint lineLevel = null;
        if (stripHeaders) {
            header.strip(line);
            from = header.contentStart;
            lineLevel = header.headerLevel;
        }
        int n = tokenizer.tokenize(line, from);
        String[] t = tokenizer.tokens();
        LevelHint wording = tokenizer.level();
        lineLevel = lineLevel == null ? wording : lineLevel.max(wording);
        int hash = n;
        for (int i = 0; i < n; i++) hash = 31 * hash + t[i].hashCode();
        int mask = slots.length - 1;
        int s = mix(hash) & mask;
        int seq;
        while (true) {
            int found = slots[s] - 1;
            if (found < 0) {
                seq = append(t, n, lineLevel, line);
                slots[s] = seq + 1;
                slotHash[s] = hash;
                if (size * 2 > slots.length) rehash();
                break;
            }
            if (slotHash[s] == hash && same(tokens[found], t, n)) {
                seq = found;
                weight[seq]++;
                level[seq] = level[seq].max(lineLevel);
                break;
            }
            s = (s + 1) & mask;
        }
        if (lines == lineSequence.length) lineSequence = Arrays.copyOf(lineSequence, lines * 2);
        lineSequence[lines++] = seq;
        return seq;
    }

    int lineCount() {
        return lines;
    }

    /** Sequence index of line {@code i} (0-based). */
    int sequenceOf(int i) {
        return lineSequence[i];
    }

    private int append(String[] t, int n, LevelHint lineLevel, String line) {
        if (size == tokens.length) {
            int cap = size * 2;
            tokens = Arrays.copyOf(tokens, cap);
            glued = Arrays.copyOf(glued, cap);
            weight = Arrays.copyOf(weight, cap);
            level = Arrays.copyOf(level, cap);
            firstLine = Arrays.copyOf(firstLine, cap);
            sample = Arrays.copyOf(sample, cap);
        }
        tokens[size] = Arrays.copyOf(t, n);
        glued[size] = Arrays.copyOf(tokenizer.glued(), n);
        weight[size] = 1;
        level[size] = lineLevel;
        firstLine[size] = lines;
        if (size < SAMPLED_SEQUENCES) {
            sample[size] = line.length() <= LogTemplate.MAX_SAMPLE_LENGTH
                    ? line
                    : line.substring(0, LogTemplate.MAX_SAMPLE_LENGTH);
        }
        return size++;
    }

    private static boolean same(String[] a, String[] b, int n) {
        if (a.length != n) return false;
        for (int i = 0; i < n; i++) if (!a[i].equals(b[i])) return false;
        return true;
    }

    private void rehash() {
        int[] oldSlots = slots;
        int[] oldHash = slotHash;
        slots = new int[oldSlots.length * 2];
        slotHash = new int[slots.length];
        int mask = slots.length - 1;
        for (int j = 0; j < oldSlots.length; j++) {
            if (oldSlots[j] == 0) continue;
            int s = mix(oldHash[j]) & mask;
            while (slots[s] != 0) s = (s + 1) & mask;
            slots[s] = oldSlots[j];
            slotHash[s] = oldHash[j];
        }
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
