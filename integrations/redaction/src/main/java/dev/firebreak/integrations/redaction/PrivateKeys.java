package dev.firebreak.integrations.redaction;

/**
 * Finds private-key blocks (PEM and OpenSSH keys, PGP private key blocks) by hand, in one forward pass: a block is
 * masked from its {@code BEGIN ... PRIVATE KEY-----} line to its END line, or to the end of the text when the END was
 * cut off. A body whose BEGIN line was cut off (a log tail that starts mid-key) is found from its END line backwards
 * over the base64 lines before it.
 */
final class PrivateKeys {
    private static final String DASHES = "-----";
    private static final String BEGIN = "-----BEGIN ";
    private static final String END = "-----END ";
    private static final int MAX_LABEL = 100;

    private PrivateKeys() {}

    /** The text with every private-key block replaced by its BEGIN line and the mask. */
    static String mask(String text, String mask) {
        if (!text.contains(DASHES)) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        int from = 0;
        int at;
        while ((at = text.indexOf(DASHES, from)) >= 0) {
            int labelEnd;
            if (text.startsWith(BEGIN, at) && (labelEnd = privateLabelEnd(text, at + BEGIN.length())) > 0) {
                int bodyStart = labelEnd + DASHES.length();
                int blockEnd = endOfBlock(text, bodyStart);
                out = append(out, text, copied, bodyStart).append(mask);
                copied = from = blockEnd;
            } else if (text.startsWith(END, at) && (labelEnd = privateLabelEnd(text, at + END.length())) > 0) {
                int bodyStart = Math.max(copied, orphanBodyStart(text, at, copied));
                out = append(out, text, copied, bodyStart).append(mask);
                copied = from = labelEnd + DASHES.length();
            } else {
                from = at + DASHES.length();
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** Where a key block opened on this line starts, when it does not also end on it; -1 otherwise. */
    static int openingBlock(String line) {
        int at = line.lastIndexOf(BEGIN);
        while (at >= 0) {
            int labelEnd = privateLabelEnd(line, at + BEGIN.length());
            if (labelEnd > 0) {
                return endsBlock(line, labelEnd) ? -1 : at;
            }
            at = at == 0 ? -1 : line.lastIndexOf(BEGIN, at - 1);
        }
        return -1;
    }

    /** The BEGIN line of the block starting at {@code at}, up to and including its closing dashes. */
    static String beginLine(String line, int at) {
        return line.substring(at, privateLabelEnd(line, at + BEGIN.length()) + DASHES.length());
    }

    /** Whether the line holds the BEGIN line of a private key. */
    static boolean beginsBlock(String line) {
        return holdsMarker(line, BEGIN, 0);
    }

    /** Whether the line holds the END line of a private key at or after {@code from}. */
    static boolean endsBlock(String line, int from) {
        return holdsMarker(line, END, from);
    }

    private static boolean holdsMarker(String line, String marker, int from) {
        for (int at = line.indexOf(marker, from); at >= 0; at = line.indexOf(marker, at + 1)) {
            if (privateLabelEnd(line, at + marker.length()) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a line may be part of a key body: only base64, and (except for the last one, which is short) at least
     * 16 characters, so that an ordinary word on its own line is not taken for key material.
     */
    static boolean isBodyLine(String line, boolean last) {
        String s = line.strip();
        if (s.isEmpty() || (!last && s.length() < 16)) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isBase64(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static StringBuilder append(StringBuilder out, String text, int from, int to) {
        StringBuilder b = out == null ? new StringBuilder(text.length()) : out;
        return b.append(text, from, to);
    }

    /** End of the label's closing dashes' start if {@code text[from..]} is "<label>PRIVATE KEY[ BLOCK]-----". */
    private static int privateLabelEnd(String text, int from) {
        int limit = Math.min(text.length(), from + MAX_LABEL);
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '-') {
                if (!text.startsWith(DASHES, i)) {
                    continue;
                }
                String label = text.substring(from, i);
                return label.endsWith("PRIVATE KEY") || label.endsWith("PRIVATE KEY BLOCK") ? i : -1;
            }
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ' ' || c == '_')) {
                return -1;
            }
        }
        return -1;
    }

    /** Just past the END line of the block whose body starts at {@code from}, or the end of the text. */
    private static int endOfBlock(String text, int from) {
        int at = text.indexOf(END, from);
        while (at >= 0) {
            int labelEnd = privateLabelEnd(text, at + END.length());
            if (labelEnd > 0) {
                return labelEnd + DASHES.length();
            }
            at = text.indexOf(END, at + END.length());
        }
        return text.length();
    }

    /**
     * Walks back from an END line with no BEGIN over key material: base64 and line breaks, also escaped ones
     * ({@code \n} in a JSON string). A run that reaches back into a line of ordinary words starts at the next line.
     */
    private static int orphanBodyStart(String text, int endAt, int floor) {
        int i = endAt;
        while (i > floor) {
            char c = text.charAt(i - 1);
            if (!(isBase64(c) || c == '\\' || c == '\n' || c == '\r' || c == '\t')) {
                break;
            }
            i--;
        }
        if (i > floor && text.charAt(i - 1) == ' ') {
            int nl = text.indexOf('\n', i);
            if (nl >= 0 && nl < endAt) {
                i = nl + 1;
            }
        }
        return i;
    }

    private static boolean isBase64(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '=';
    }
}
