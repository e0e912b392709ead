package dev.firebreak.logs;

import java.util.Arrays;

/**
 * Splits a log message into tokens and replaces variable tokens with {@link #WILDCARD}.
 * Hand-written scanner: java.util.regex costs several times more per line and this runs on every line.
 * Not thread-safe: token buffers are reused between calls so a line costs no array allocation.
 */
final class MessageTokenizer {
    static final String WILDCARD = "<*>";

    /** Tokens kept per line; the rest becomes one wildcard, so a runaway line cannot grow buffers or the tree. */
    static final int MAX_TOKENS = 512;
    /** Longer tokens (blobs, base64, stack-joined junk) are treated as variables rather than stored as constants. */
    static final int MAX_CONSTANT_LENGTH = 120;

    private static final String CALENDAR = "JanFebMarAprMayJunJulAugSepOctNovDecMonTueWedThuFriSatSun";

    private String[] tokens = new String[64];
    // glued[i]: token i was not followed by whitespace (split after '=' or ','), so templates print "uid=<*>".
    private boolean[] glued = new boolean[64];
    private int size;
    private final TokenSymbols symbols = new TokenSymbols();
    // highest severity suggested by a constant word of the last line
    private LevelHint level = LevelHint.OTHER;

    String[] tokens() { return tokens; }
    boolean[] glued() { return glued; }
    /** Severity suggested by the wording of the last line tokenized, e.g. "failed" or "IOException:". */
    LevelHint level() { return level; }

    /** Tokenizes {@code line} from index {@code from}; returns the token count. */
    int tokenize(String line, int from) {
        size = 0;
        level = LevelHint.OTHER;
        int n = line.length();
        int i = from;
        while (i < n) {
            while (i < n && isSpace(line.charAt(i))) i++;
            if (i >= n) break;
            if (size == MAX_TOKENS - 1) {
                add(WILDCARD, false);
                break;
            }
            int start = i;
            boolean split = false;
            int hash = 0;
            while (i < n) {
                char c = line.charAt(i);
                if (isSpace(c)) break;
                hash = 31 * hash + c;
                i++;
                // "key=value" and "a,b" become separate tokens so the key stays constant while the value is masked
                if ((c == '=' || c == ',') && i < n && !isSpace(line.charAt(i))) {
                    split = true;
                    break;
                }
            }
            if (isVariable(line, start, i)) {
                add(WILDCARD, split);
            } else {
                add(symbols.intern(line, start, i, hash), split);
                level = level.max(symbols.level);
            }
        }
        return size;
    }

    private void add(String t, boolean gluedToNext) {
        if (size == tokens.length) {
            tokens = Arrays.copyOf(tokens, size * 2);
            glued = Arrays.copyOf(glued, size * 2);
        }
        glued[size] = gluedToNext;
        tokens[size++] = t;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    /**
     * Variables are tokens with a digit (numbers, ids, IPs, hex, times, UUIDs, versions), paths and URLs, long
     * digit-free hex words, and month/weekday names (the words of a printed date).
     */
    static boolean isVariable(String s, int start, int end) {
        int len = end - start;
        if (len > MAX_CONSTANT_LENGTH) return true;
        boolean slash = false;
        boolean allHex = true;
        boolean hexLetter = false;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') return true;
            if (c == '/' || c == '\\') slash = true;
            if ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')) hexLetter = true;
            else if (c != '-') allHex = false;
        }
        if (allHex && hexLetter && len >= 8) return true;
        if (slash && len > 1 && isPath(s, start, end)) return true;
        return len == 3 && isCalendarWord(s, start);
    }

    /** "/var/log", "~/x", "./x", "C:\x", "\\share" and anything with "://" (URLs). */
    private static boolean isPath(String s, int start, int end) {
        char c0 = s.charAt(start);
        if (c0 == '/' || c0 == '\\' || c0 == '~' || c0 == '.') return true;
        if (end - start > 2 && s.charAt(start + 1) == ':' && s.charAt(start + 2) == '\\') return true;
        for (int i = start; i + 2 < end; i++) { // bounded by the token: indexOf would scan the rest of the line
            if (s.charAt(i) == ':' && s.charAt(i + 1) == '/' && s.charAt(i + 2) == '/') return true;
        }
        return false;
    }

    static boolean isCalendarWord(String s, int start) {
        for (int k = 0; k < CALENDAR.length(); k += 3) {
            if (s.regionMatches(start, CALENDAR, k, 3)) return true;
        }
        return false;
    }
}
