package dev.firebreak.logs;

import java.util.Arrays;

/**
 * Interns constant tokens straight from the line's characters, so a token seen before costs no allocation, compares
 * by identity in the tree and the templates, and brings its hash and severity hint already computed. Bounded: past
 * {@link #MAX_SYMBOLS} distinct words new ones are still returned, just not remembered.
 * Not thread-safe, like the tokenizer that owns it.
 */
final class TokenSymbols {
    static final int MAX_SYMBOLS = 1 << 15;

    private String[] words = new String[1 << 12];
    private char[][] chars = new char[1 << 12][];
    private int[] hashes = new int[1 << 12];
    private LevelHint[] levels = new LevelHint[1 << 12];
    private int size;
    /** Severity hint of the word last returned by {@link #intern}. */
    LevelHint level;

    /** The word {@code s[start, end)}, whose {@link String#hashCode} is {@code hash}. */
    String intern(char[] s, int start, int end, int hash) {
        int mask = words.length - 1;
        int i = mix(hash) & mask;
        for (char[] w = chars[i]; w != null; w = chars[i]) {
            if (hashes[i] == hash && Arrays.equals(w, 0, w.length, s, start, end)) {
                level = levels[i];
                return words[i];
            }
            i = (i + 1) & mask;
        }
        String word = new String(s, start, end - start);
        level = LevelHint.ofMessageWord(word);
        if (size < MAX_SYMBOLS) {
            words[i] = word;
            chars[i] = Arrays.copyOfRange(s, start, end);
            hashes[i] = hash;
            levels[i] = level;
            if (++size * 2 > words.length) grow();
        }
        return word;
    }

    int size() { return size; }

    private void grow() {
        String[] oldWords = words;
        char[][] oldChars = chars;
        int[] oldHashes = hashes;
        LevelHint[] oldLevels = levels;
        words = new String[oldWords.length * 2];
        chars = new char[words.length][];
        hashes = new int[words.length];
        levels = new LevelHint[words.length];
        int mask = words.length - 1;
        for (int j = 0; j < oldWords.length; j++) {
            if (oldWords[j] == null) continue;
            int i = mix(oldHashes[j]) & mask;
            while (words[i] != null) i = (i + 1) & mask;
            words[i] = oldWords[j];
            chars[i] = oldChars[j];
            hashes[i] = oldHashes[j];
            levels[i] = oldLevels[j];
        }
    }

    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
