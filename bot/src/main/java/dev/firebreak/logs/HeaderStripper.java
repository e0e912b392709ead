package dev.firebreak.logs;

/**
 * Finds where the message starts in a raw log line by skipping a generic leading header: timestamps, dates, pids,
 * level words, bracketed fields, month/day names and a trailing {@code component:}. No per-format patterns, so any
 * header shaped like "time [thread] LEVEL component: message" is handled; lines without such a header are left whole.
 * Not thread-safe: results are left in fields to avoid allocating per line.
 */
final class HeaderStripper {
    private static final int MAX_HEADER_TOKENS = 10;

    /** Index of the first message character after the last {@link #strip} call. */
    int contentStart;
    /** Level named in the header, or null when the header named none. */
    LevelHint headerLevel;

    void strip(String line) {
        headerLevel = null;
        int n = line.length();
        int i = skipSpaces(line, 0);
        contentStart = i;
        int headerTokens = 0;
        boolean separator = false;
        while (i < n && headerTokens < MAX_HEADER_TOKENS) {
            int end = tokenEnd(line, i);
            if (line.charAt(i) == '[') {
                LevelHint lvl = LevelHint.ofHeaderWord(line, i + 1, trimEnd(line, i + 1, end));
                if (lvl != null) headerLevel = headerLevel == null ? lvl : headerLevel.max(lvl);
            } else if (isSeparator(line, i, end)) {
                separator = true;
            } else {
                int pipe = lastPipe(line, i, end);
                if (pipe > 0 && hasDigit(line, i, pipe)) { // "time|component|pid|message": pipe-separated header
                    contentStart = pipe + 1;
                    return;
                }
                int wordEnd = trimEnd(line, i, end);
                LevelHint lvl = LevelHint.ofHeaderWord(line, i, wordEnd);
                // "Error connecting to db" is a message; only "ERROR ..." or a level after a timestamp is a header
                if (lvl != null && headerTokens == 0 && !isUpperCase(line, i, wordEnd)) lvl = null;
                boolean component = line.charAt(end - 1) == ':' && hasLetter(line, i, end);
                if (component && headerTokens > 0) { // "dfs.DataNode: message"
                    contentStart = skipSpaces(line, end);
                    return;
                }
                if (lvl != null) {
                    headerLevel = headerLevel == null ? lvl : headerLevel.max(lvl);
                } else if (!startsWithDigit(line, i, end) && !isCalendarWord(line, i, wordEnd)) {
                    break;
                }
            }
            headerTokens++;
            i = skipSpaces(line, end);
        }
        if (headerTokens == 0 || i >= n) {
            contentStart = skipSpaces(line, 0); // nothing but "header": it was the message after all
            return;
        }
        if (separator) {
            contentStart = i;
            return;
        }
        // "host component[pid]: message" or "component: message" right after the timestamp
        int end1 = tokenEnd(line, i);
        if (line.charAt(end1 - 1) == ':') {
            contentStart = skipSpaces(line, end1);
            return;
        }
        int start2 = skipSpaces(line, end1);
        if (start2 < n) {
            int end2 = tokenEnd(line, start2);
            if (line.charAt(end2 - 1) == ':' && hasLetter(line, start2, end2)) {
                contentStart = skipSpaces(line, end2);
                return;
            }
        }
        contentStart = i;
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

    private static int lastPipe(String s, int start, int end) {
        for (int j = end - 1; j > start; j--) if (s.charAt(j) == '|') return j;
        return -1;
    }

    private static boolean hasDigit(String s, int start, int end) {
        for (int j = start; j < end; j++) {
            char c = s.charAt(j);
            if (c >= '0' && c <= '9') return true;
        }
        return false;
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
