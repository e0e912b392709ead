package dev.firebreak.logs;

/** Severity guessed from a line's header level or its wording; only a hint for ranking, never parsed strictly. */
public enum LevelHint {
    OTHER, WARN, ERROR;

    LevelHint max(LevelHint other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** Level named by a header word such as {@code INFO}, {@code error}, or Android's single letters (V D I W E F). */
    static LevelHint ofHeaderWord(String s, int start, int end) {
        int len = end - start;
        if (len == 1) {
            char c = s.charAt(start);
            if (c == 'E' || c == 'F') return ERROR;
            if (c == 'W') return WARN;
            return c == 'V' || c == 'D' || c == 'I' ? OTHER : null;
        }
        switch (len) {
            case 3: return eq(s, start, "err") ? ERROR : null;
            case 4:
                if (eq(s, start, "info")) return OTHER;
                return eq(s, start, "warn") ? WARN : eq(s, start, "crit") ? ERROR : null;
            case 5:
                if (eq(s, start, "error") || eq(s, start, "fatal") || eq(s, start, "panic") || eq(s, start, "emerg")
                        || eq(s, start, "alert")) return ERROR;
                return eq(s, start, "debug") || eq(s, start, "trace") ? OTHER : null;
            case 6: return eq(s, start, "severe") ? ERROR : eq(s, start, "notice") ? OTHER : null;
            case 7: return eq(s, start, "warning") ? WARN : null;
            case 8: return eq(s, start, "critical") ? ERROR : null;
            default: return null;
        }
    }

    /** Severity suggested by one word of the message, e.g. {@code failed:} or {@code java.io.IOException:}. */
    static LevelHint ofMessageWord(String w) {
        int start = 0;
        int end = w.length();
        while (start < end && !Character.isLetter(w.charAt(start))) start++;
        while (end > start && !Character.isLetter(w.charAt(end - 1))) end--;
        int len = end - start;
        if (len < 4) return OTHER;
        switch (Character.toLowerCase(w.charAt(start))) {
            case 'e':
                if (eq(w, start, "error")) return ERROR;
                break;
            case 'f':
                if (eq(w, start, "fail") || eq(w, start, "fatal")) return ERROR;
                break;
            case 'p':
                if (eq(w, start, "panic")) return ERROR;
                break;
            case 't':
                if (eq(w, start, "traceback")) return ERROR;
                break;
            case 'w':
                if (eq(w, start, "warn")) return WARN;
                break;
            default:
                break;
        }
        // "Exception", "NullPointerException", "java.io.IOException"
        return len >= 9 && w.regionMatches(true, end - 9, "exception", 0, 9) ? ERROR : OTHER;
    }

    /** Case-insensitive prefix test: does {@code s} at {@code start} begin with lower-case {@code word}. */
    private static boolean eq(String s, int start, String word) {
        return s.regionMatches(true, start, word, 0, word.length());
    }
}
