package dev.firebreak.integrations.redaction;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;

/**
 * One redaction rule from {@code redaction-rules.txt}: where a match may start (lower-case {@code keywords}, checked
 * with a plain substring search first, so a rule costs nothing on text without its keywords), the RE2 pattern matched
 * anchored at that keyword, and which groups are the secret (0 = the whole match).
 */
record Rule(String id, List<String> keywords, Boundary boundary, Pattern pattern, int[] groups) {

    /** What may precede the keyword, so that {@code ghp_} inside a longer word or {@code pass} in "bypass" is no hit. */
    enum Boundary {
        /** Anything. */
        NONE,
        /** Not a letter, digit or underscore. */
        WORD,
        /** Not a letter or digit ({@code DB_PASS} is a hit, {@code bypass} is not). */
        ALNUM;

        boolean allows(CharSequence text, int at) {
            if (this == NONE || at == 0) {
                return true;
            }
            char c = text.charAt(at - 1);
            boolean alnum = c < 128 && Character.isLetterOrDigit(c);
            return this == ALNUM ? !alnum : !(alnum || c == '_');
        }
    }

    /**
     * Matches the pattern anchored at {@code from}, looking at most at {@code text[from, to)}; adds the number of
     * characters the attempt read to {@code reads[0]}.
     */
    Matcher matchAt(CharSequence text, int from, int to, long[] reads) {
        Slice slice = new Slice(text, from, to);
        Matcher m = pattern.matcher(slice);
        boolean found = m.lookingAt();
        reads[0] += slice.read + 1;
        return found ? m : null;
    }

    /** A view of part of a text, so that a match attempt copies nothing; remembers how far it was read. */
    private static final class Slice implements CharSequence {
        private final CharSequence text;
        private final int from;
        private final int to;
        private int read;

        Slice(CharSequence text, int from, int to) {
            this.text = text;
            this.from = from;
            this.to = to;
        }

        @Override
        public int length() {
            return to - from;
        }

        @Override
        public char charAt(int index) {
            read = Math.max(read, index);
            return text.charAt(from + index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Slice(text, from + start, from + end);
        }

        @Override
        public String toString() {
            return text.subSequence(from, to).toString();
        }
    }
}
