package dev.firebreak.integrations.redaction;

import java.util.Arrays;

/**
 * Where each keyword occurs in one (lower-cased) text, found once with a substring search and shared by the rules
 * that use it. Each rule walks the positions forward with its own cursor, so the walk is linear too.
 */
final class Occurrences {
    private static final int[] NONE = new int[0];
    private final String lower;
    private final String[] keywords;
    private final int[][] positions;

    Occurrences(String lower, String[] keywords) {
        this.lower = lower;
        this.keywords = keywords;
        this.positions = new int[keywords.length][];
    }

    /** The first position of keyword {@code id} at or after {@code from}; {@link Integer#MAX_VALUE} if none. */
    int next(int id, int[] cursor, int k, int from) {
        int[] pos = positions(id);
        int c = cursor[k];
        while (c < pos.length && pos[c] < from) {
            c++;
        }
        cursor[k] = c;
        return c < pos.length ? pos[c] : Integer.MAX_VALUE;
    }

    private int[] positions(int id) {
        int[] pos = positions[id];
        if (pos == null) {
            pos = NONE;
            int n = 0;
            for (int at = lower.indexOf(keywords[id]); at >= 0; at = lower.indexOf(keywords[id], at + 1)) {
                if (n == pos.length) {
                    pos = Arrays.copyOf(pos, Math.max(8, n * 2));
                }
                pos[n++] = at;
            }
            pos = n == pos.length ? pos : Arrays.copyOf(pos, n);
            positions[id] = pos;
        }
        return pos;
    }
}
