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

    // Character kinds, looked up once per character while scanning a token.
    private static final int SPACE = 1;
    private static final int DIGIT = 2;
    private static final int HEX_LETTER = 4;
    private static final int NOT_HEX = 8; // neither a hex digit nor '-'
    private static final int SLASH = 16;
    private static final int SPLITS = 32; // '=' or ','
    private static final byte[] KINDS = kinds();

    private static final String CALENDAR = "JanFebMarAprMayJunJulAugSepOctNovDecMonTueWedThuFriSatSun";

    private String[] tokens = new String[64];
    // glued[i]: token i was not followed by whitespace (split after '=' or ','), so templates print "uid=<*>".
    private boolean[] glued = new boolean[64];
    private int size;
    private final TokenSymbols symbols = new TokenSymbols();
    private char[] chars = new char[256];
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
        if (chars.length < n) chars = new char[Math.max(n, chars.length * 2)];
        line.getChars(from, n, chars, from); // scanning an array skips String's per-character checks
        char[] b = chars;
        int i = from;
        while (i < n) {
            while (i < n && isSpace(b[i])) i++;
            if (i >= n) break;
            if (size == MAX_TOKENS - 1) {
                add(WILDCARD, false);
                break;
            }
            int start = i;
            boolean split = false;
            int hash = 0;
            int seen = 0;
            while (i < n) {
                char c = b[i];
                int kind = kindOf(c);
                if ((kind & SPACE) != 0) break;
                hash = 31 * hash + c;
                seen |= kind;
                i++;
                // "key=value" and "a,b" become separate tokens so the key stays constant while the value is masked
                if ((kind & SPLITS) != 0 && i < n && !isSpace(b[i])) {
                    split = true;
                    break;
                }
            }
            if (isVariable(seen, b, start, i)) {
                add(WILDCARD, split);
            } else {
                add(symbols.intern(b, start, i, hash), split);
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
        return isVariable(s.toCharArray(), start, end);
    }

    static boolean isVariable(char[] s, int start, int end) {
        int seen = 0;
        for (int i = start; i < end; i++) seen |= kindOf(s[i]);
        return isVariable(seen, s, start, end);
    }

    /** The decision, given the union {@code seen} of the {@link #kindOf} bits of the token's characters. */
    private static boolean isVariable(int seen, char[] s, int start, int end) {
        int len = end - start;
        if (len > MAX_CONSTANT_LENGTH || (seen & DIGIT) != 0) return true;
        if ((seen & NOT_HEX) == 0 && (seen & HEX_LETTER) != 0 && len >= 8) return true;
        if ((seen & SLASH) != 0 && len > 1 && isPath(s, start, end)) return true;
        return len == 3 && isCalendarWord(s, start);
    }

    static int kindOf(char c) {
        return c < KINDS.length ? KINDS[c] : NOT_HEX;
    }

    private static byte[] kinds() {
        byte[] k = new byte[128];
        for (char c = 0; c < 128; c++) {
            int kind;
            if (isSpace(c)) kind = SPACE;
            else if (c >= '0' && c <= '9') kind = DIGIT;
            else if ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')) kind = HEX_LETTER;
            else if (c == '-') kind = 0;
            else kind = NOT_HEX | (c == '/' || c == '\\' ? SLASH : 0) | (c == '=' || c == ',' ? SPLITS : 0);
            k[c] = (byte) kind;
        }
        return k;
    }

    /** "/var/log", "~/x", "./x", "C:\x", "\\share" and anything with "://" (URLs). */
    private static boolean isPath(char[] s, int start, int end) {
        char c0 = s[start];
        if (c0 == '/' || c0 == '\\' || c0 == '~' || c0 == '.') return true;
        if (end - start > 2 && s[start + 1] == ':' && s[start + 2] == '\\') return true;
        for (int i = start; i + 2 < end; i++) { // bounded by the token: indexOf would scan the rest of the line
            if (s[i] == ':' && s[i + 1] == '/' && s[i + 2] == '/') return true;
        }
        return false;
    }

    static boolean isCalendarWord(char[] s, int start) {
        for (int k = 0; k < CALENDAR.length(); k += 3) {
            if (s[start] == CALENDAR.charAt(k) && s[start + 1] == CALENDAR.charAt(k + 1)
                    && s[start + 2] == CALENDAR.charAt(k + 2)) return true;
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
