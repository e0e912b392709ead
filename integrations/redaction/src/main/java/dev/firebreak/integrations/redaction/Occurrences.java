package dev.firebreak.integrations.redaction;

import java.util.Arrays;

/**
 * Where each keyword occurs in one (lower-cased) text, found in a single pass for all keywords together: a table
 * indexed by two characters says which keywords can start there, so the pass costs one lookup per character however
 * many keywords there are. Each rule then walks the positions forward with its own cursor, so that walk is linear too.
 */
final class Occurrences {
    private final int[][] positions;
    private final int[] counts;

    Occurrences(String lower, Keywords keywords) {
        positions = new int[keywords.size()][];
        counts = new int[keywords.size()];
        int n = lower.length();
        for (int i = 0; i + 1 < n; i++) {
            int[] candidates = keywords.startingWith(lower.charAt(i), lower.charAt(i + 1));
            if (candidates == null) {
                continue;
            }
            for (int id : candidates) {
                if (lower.startsWith(keywords.get(id), i)) {
                    add(id, i);
                }
            }
        }
    }

    /** Whether any of the keywords occurs in the text. */
    boolean any(int[] ids) {
        for (int id : ids) {
            if (counts[id] > 0) {
                return true;
            }
        }
        return false;
    }

    /** The first position of keyword {@code id} at or after {@code from}; {@link Integer#MAX_VALUE} if none. */
    int next(int id, int[] cursor, int k, int from) {
        int c = cursor[k];
        while (c < counts[id] && positions[id][c] < from) {
            c++;
        }
        cursor[k] = c;
        return c < counts[id] ? positions[id][c] : Integer.MAX_VALUE;
    }

    private void add(int id, int at) {
        int[] pos = positions[id];
        if (pos == null) {
            pos = positions[id] = new int[4];
        } else if (counts[id] == pos.length) {
            pos = positions[id] = Arrays.copyOf(pos, pos.length * 2);
        }
        pos[counts[id]++] = at;
    }

    /** The distinct keywords of all rules, indexed by their first two characters (all are ASCII, 2+ long). */
    static final class Keywords {
        private final String[] words;
        private final int[][] byPrefix = new int[128 * 128][];

        Keywords(String[] words) {
            this.words = words;
            for (int id = 0; id < words.length; id++) {
                String w = words[id];
                if (w.length() < 2) {
                    throw new IllegalArgumentException("keyword '" + w + "' is shorter than 2 characters");
                }
                int slot = w.charAt(0) * 128 + w.charAt(1);
                int[] ids = byPrefix[slot] == null ? new int[0] : byPrefix[slot];
                ids = Arrays.copyOf(ids, ids.length + 1);
                ids[ids.length - 1] = id;
                byPrefix[slot] = ids;
            }
        }

        int size() {
            return words.length;
        }

        String get(int id) {
            return words[id];
        }

        int[] startingWith(char first, char second) {
            return first < 128 && second < 128 ? byPrefix[first * 128 + second] : null;
        }
    }
}
