package dev.firebreak.logs;

/**
 * Finds where the message starts in a raw log line by skipping a generic leading header: timestamps, dates, pids,
 * level words, bracketed fields, month/day names and a trailing {@code component:}. No per-format patterns, so any
 * header shaped like "time [thread] LEVEL component: message" is handled; lines without such a header are left whole.
 * Not thread-safe: results are left in fields to avoid allocating per line.
 */
final class HeaderStripper {
    private static final int MAX_HEADER_TOKENS = 10;
    private static final int SHAPE_BASE = 8;
    private static final int NUMBER = 1;
    private static final int STAMP = 2;
    private static final int LEVEL = 3;
    private static final int BRACKET = 4;
    private static final int CALENDAR = 5;
    private static final int SEPARATOR = 6;
    private static final int PIPE_FIELDS = 7;

    /** Index of the first message character after the last {@link #strip} call. */
    int contentStart;
    /** Level named in the header, or null when the header named none. */
    LevelHint headerLevel;

    /**
     * Shape of the last header found: one code per header token (number, stamp, level, bracket, calendar word,
     * separator, pipe fields), so lines printed by the same logger format share it. 0 when there was no header.
     */
    long shape;

    /**
     * Finds the header of {@code line}. A run of leading tokens counts as a header only when it carries a time stamp
     * (a date or clock token, or a bracket holding a clock) or a level word; anything else, a leading number, an IP or a
     * {@code host:port} included, is message text and the line is left whole.
     */
    void strip(String line) {
        headerLevel = null;
        shape = 0;
        int n = line.length();
        int lineStart = skipSpaces(line, 0);
        int i = lineStart;
        contentStart = i;
        int headerTokens = 0;
        boolean separator = false;
        boolean stamped = false;
        while (i < n && headerTokens < MAX_HEADER_TOKENS) {
            int end = tokenEnd(line, i);
            int code;
            if (line.charAt(i) == '[') {
                LevelHint lvl = LevelHint.ofHeaderWord(line, i + 1, trimEnd(line, i + 1, end));
                if (lvl != null) headerLevel = headerLevel == null ? lvl : headerLevel.max(lvl);
                stamped |= hasClock(line, i, end);
                code = BRACKET;
            } else if (isSeparator(line, i, end)) {
                separator = true;
                code = SEPARATOR;
            } else {
                int pipe = lastPipe(line, i, end);
                if (pipe > 0 && isStamp(line, i, firstPipe(line, i, pipe))) { // "time|component|pid|message"
                    shape = shape * SHAPE_BASE + PIPE_FIELDS;
                    contentStart = pipe + 1;
                    return;
                }
                int wordEnd = trimEnd(line, i, end);
                LevelHint lvl = LevelHint.ofHeaderWord(line, i, wordEnd);
                // "Error connecting to db" is a message; only "ERROR ..." or a level after a timestamp is a header
                if (lvl != null && headerTokens == 0 && !isUpperCase(line, i, wordEnd)) lvl = null;
                boolean component = line.charAt(end - 1) == ':' && hasLetter(line, i, end);
                if (component && headerTokens > 0) { // "dfs.DataNode: message"
                    finish(line, lineStart, skipSpaces(line, end), stamped);
                    return;
                }
                if (lvl != null) {
                    headerLevel = headerLevel == null ? lvl : headerLevel.max(lvl);
                    code = LEVEL;
                } else if (isCalendarWord(line, i, wordEnd)) {
                    code = CALENDAR;
                } else if (isAddress(line, i, end) || !startsWithDigit(line, i, end)) {
                    break;
                } else if (isStamp(line, i, end)) {
                    stamped = true;
                    code = STAMP;
                } else {
                    code = NUMBER;
                }
            }
            shape = shape * SHAPE_BASE + code;
            headerTokens++;
            i = skipSpaces(line, end);
        }
        if (headerTokens == 0 || i >= n) { // nothing but "header": it was the message after all
            leaveWhole(lineStart);
            return;
        }
        if (separator) {
            finish(line, lineStart, i, stamped);
            return;
        }
        // "host component[pid]: message" or "component: message" right after the timestamp
        int end1 = tokenEnd(line, i);
        if (line.charAt(end1 - 1) == ':') {
            finish(line, lineStart, skipSpaces(line, end1), stamped);
            return;
        }
        int start2 = skipSpaces(line, end1);
        if (start2 < n) {
            int end2 = tokenEnd(line, start2);
            if (line.charAt(end2 - 1) == ':' && hasLetter(line, start2, end2)) {
                finish(line, lineStart, skipSpaces(line, end2), stamped);
                return;
            }
        }
        finish(line, lineStart, i, stamped);
    }

    /** Keeps the header found only when it is one: it has a time stamp or names a level. */
    private void finish(String line, int lineStart, int messageStart, boolean stamped) {
        if ((stamped || headerLevel != null) && messageStart < line.length()) {
            contentStart = messageStart;
        } else {
            leaveWhole(lineStart);
        }
    }

    private void leaveWhole(int lineStart) {
        contentStart = lineStart;
        headerLevel = null;
        shape = 0;
    }

    /** End of a whitespace token; a token opening with '[' runs to its matching ']' even across spaces. */
    private static int tokenEnd(String s, int i) {
        int n = s.length();
        if (s.charAt(i) == '[') {
            int depth = 0;
            for (int j = i; j < n; j++) {
                char c = s.charAt(j);
                if (c == '[') depth++;
                else if (c == ']' && --depth == 0) {
                    int k = j + 1;
                    while (k < n && !MessageTokenizer.isSpace(s.charAt(k))) k++;
                    return k;
                }
            }
        }
        int j = i;
        while (j < n && !MessageTokenizer.isSpace(s.charAt(j))) j++;
        return j;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && MessageTokenizer.isSpace(s.charAt(i))) i++;
        return i;
    }

    private static int trimEnd(String s, int start, int end) {
        while (end > start && !Character.isLetterOrDigit(s.charAt(end - 1))) end--;
        return end;
    }

    private static boolean isSeparator(String s, int start, int end) {
        if (end - start != 1) return false;
        char c = s.charAt(start);
        return c == '-' || c == '|' || c == ':';
    }

    private static boolean isCalendarWord(String s, int start, int end) {
        return end - start == 3 && MessageTokenizer.isCalendarWord(s, start);
    }

    /** Dates, times, pids and ids start with a digit (or a sign); message words with digits inside do not. */
    private static boolean startsWithDigit(String s, int start, int end) {
        char c = s.charAt(start);
        if ((c == '-' || c == '+') && end - start > 1) c = s.charAt(start + 1);
        return c >= '0' && c <= '9';
    }

    /**
     * A date or clock: starts with a digit and has a digit on both sides of a ':', '-' or '/' ("15:16:01",
     * "2015-10-18", "17/06/09", "20171223-22:15:29:606"). Addresses are not stamps.
     */
    static boolean isStamp(String s, int start, int end) {
        if (!startsWithDigit(s, start, end) || isAddress(s, start, end)) return false;
        for (int j = start + 1; j + 1 < end; j++) {
            char c = s.charAt(j);
            if (!isDigit(s.charAt(j - 1)) || !isDigit(s.charAt(j + 1))) continue;
            if (c == '-' || c == '/' || (c == ':' && j + 2 < end && isDigit(s.charAt(j + 2)))) return true;
        }
        return false;
    }

    /** An IPv4 address with or without a port ("10.0.0.5", "10.0.0.5:443") or an IPv6 one ("2001:db8::1"). */
    static boolean isAddress(String s, int start, int end) {
        int dots = 0;
        for (int j = start; j < end; j++) {
            char c = s.charAt(j);
            if (c == '.') dots++;
            else if (c == ':' && j + 1 < end && s.charAt(j + 1) == ':') return true;
        }
        return dots >= 3;
    }

    /**
     * A bracket holding a clock "h:mm:ss", such as "[Sun Dec 04 04:47:44 2005]" or "[10.30 16:49:06]"; an address
     * with a port ("[10.0.0.5:443]") has one colon and is not a clock.
     */
    private static boolean hasClock(String s, int start, int end) {
        for (int j = start + 1; j + 5 < end; j++) {
            if (isDigit(s.charAt(j - 1)) && s.charAt(j) == ':' && isDigit(s.charAt(j + 1)) && isDigit(s.charAt(j + 2))
                    && s.charAt(j + 3) == ':' && isDigit(s.charAt(j + 4)) && isDigit(s.charAt(j + 5))) return true;
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int firstPipe(String s, int start, int end) {
        for (int j = start; j < end; j++) if (s.charAt(j) == '|') return j;
        return end;
    }

    private static int lastPipe(String s, int start, int end) {
        for (int j = end - 1; j > start; j--) if (s.charAt(j) == '|') return j;
        return -1;
    }

    private static boolean isUpperCase(String s, int start, int end) {
        for (int j = start; j < end; j++) if (Character.isLowerCase(s.charAt(j))) return false;
        return true;
    }

    private static boolean hasLetter(String s, int start, int end) {
        for (int j = start; j < end; j++) if (Character.isLetter(s.charAt(j))) return true;
        return false;
    }
}
