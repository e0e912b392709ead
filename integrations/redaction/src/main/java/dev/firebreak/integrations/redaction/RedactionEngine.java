package dev.firebreak.integrations.redaction;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Masks credentials in free text before it leaves Firebreak. The secret part becomes {@value #MASK}; key names, URL
 * schemes, users and hosts stay, so a line remains readable.
 *
 * <p>Why it cannot be stalled: each rule is tried only where one of its keywords occurs (a substring search), and
 * there it is matched anchored, by RE2/J, which runs in time linear in what it reads and reads at most {@link #REACH}
 * characters per attempt. A value cut by that reach is masked on to the next blank or closing quote, so the cap never
 * lets the rest of a long secret through. Private-key blocks are found by a hand-written single pass. The work is
 * therefore linear in the input; callers with a deadline pass a budget, and text not checked within it is withheld,
 * never passed on unchecked. Thread-safe.
 */
public final class RedactionEngine {
    public static final String MASK = "[REDACTED]";
    /** The most one match attempt looks at, in characters. */
    public static final int REACH = 4096;

    static final String WITHHELD = "[REDACTED: not checked within the time limit]";
    /** How much text all rules work through between two checks of the deadline and of the work done. */
    static final int CHUNK = 16 * 1024;
    /**
     * The most characters the match attempts may read per character of text, all rules together. Ordinary text needs
     * about one; only input built to make every attempt read far (thousands of {@code ://a:}) gets near it.
     */
    static final int READS_PER_CHAR = 8;

    private static final long NO_DEADLINE = Long.MAX_VALUE;

    private static final class Standard {
        static final RedactionEngine INSTANCE = new RedactionEngine(RuleFile.loadDefault());
    }

    private final List<Rule> rules;
    private final Occurrences.Keywords keywords;
    private final int[][] keywordsOfRule;

    RedactionEngine(List<Rule> rules) {
        this.rules = rules;
        Map<String, Integer> index = new HashMap<>();
        keywordsOfRule = new int[rules.size()][];
        for (int r = 0; r < rules.size(); r++) {
            keywordsOfRule[r] = rules.get(r).keywords().stream()
                    .mapToInt(k -> index.computeIfAbsent(k, x -> index.size()))
                    .toArray();
        }
        String[] words = new String[index.size()];
        index.forEach((k, i) -> words[i] = k);
        keywords = new Occurrences.Keywords(words);
    }

    /** The engine with the shipped rule set ({@code redaction-rules.txt}). */
    public static RedactionEngine standard() {
        return Standard.INSTANCE;
    }

    /** Masks secrets in one piece of text, which may span several lines (a private key inside it is masked whole). */
    public String redact(String text) {
        return redact(text, NO_DEADLINE);
    }

    /** As {@link #redact(String)}; if the budget runs out first, the whole text is withheld rather than passed on. */
    public String redact(String text, Duration budget) {
        return redact(text, deadline(budget));
    }

    /** Masks each line; a private key split over lines is masked from its BEGIN line to its END line. */
    public List<String> redactLines(List<String> lines) {
        return redactLines(lines, NO_DEADLINE);
    }

    /**
     * As {@link #redactLines(List)}; lines not checked within the budget are replaced by one line saying so, for use
     * inside a step's deadline.
     */
    public List<String> redactLines(List<String> lines, Duration budget) {
        return redactLines(lines, deadline(budget));
    }

    /** Ids of the rules that match somewhere in the text (for tests and for explaining a mask). */
    Set<String> rulesMatching(String text) {
        Set<String> ids = new TreeSet<>();
        Occurrences occurrences = new Occurrences(asciiLowerCase(text), keywords);
        for (int r = 0; r < rules.size(); r++) {
            Spans spans = new Spans();
            new RuleRun(rules.get(r), keywordsOfRule[r]).advance(text, occurrences, text.length(), spans, new long[1]);
            if (!spans.isEmpty()) {
                ids.add(rules.get(r).id());
            }
        }
        return ids;
    }

    private List<String> redactLines(List<String> given, long deadline) {
        List<String> lines = new ArrayList<>(given);
        NextLineValues.mask(lines, MASK);
        List<String> out = new ArrayList<>(lines.size());
        boolean inKey = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (expired(deadline)) {
                out.add(WITHHELD + " (" + (lines.size() - i) + " lines)");
                break;
            }
            if (inKey) {
                inKey = !PrivateKeys.endsBlock(line, 0);
                out.add(MASK);
                continue;
            }
            int begin = PrivateKeys.openingBlock(line);
            if (begin >= 0) {
                inKey = true;
                out.add(redact(line.substring(0, begin), deadline) + PrivateKeys.beginLine(line, begin) + MASK);
            } else if (PrivateKeys.endsBlock(line, 0) && !PrivateKeys.beginsBlock(line)) {
                // An END line whose BEGIN is in no line: a body cut off by a log tail; mask it back to its start.
                out.add(MASK);
                for (int j = i - 1; j >= 0 && PrivateKeys.isBodyLine(lines.get(j), j == i - 1); j--) {
                    out.set(j, MASK);
                }
            } else {
                out.add(redact(line, deadline));
            }
        }
        return out;
    }

    /**
     * All rules advance through the text together, {@link #CHUNK} characters at a time. Between chunks, if the
     * deadline has passed or the rules have read more than {@link #READS_PER_CHAR} times the text, the rest of the
     * text is withheld: what was checked is passed on, what was not is not.
     */
    private String redact(String text, long deadline) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String keyed = PrivateKeys.mask(maskNextLineValues(text), MASK);
        int n = keyed.length();
        Occurrences occurrences = new Occurrences(asciiLowerCase(keyed), keywords);
        List<RuleRun> runs = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            if (occurrences.any(keywordsOfRule[r])) {
                runs.add(new RuleRun(rules.get(r), keywordsOfRule[r]));
            }
        }
        if (runs.isEmpty()) {
            return keyed;
        }
        Spans spans = new Spans();
        long[] reads = new long[1];
        long budget = READS_PER_CHAR * (long) n + REACH;
        for (int from = 0; from < n; from += CHUNK) {
            if (expired(deadline) || reads[0] > budget) {
                return spans.apply(keyed, MASK, from, WITHHELD + " (" + (n - from) + " characters)");
            }
            int limit = (int) Math.min(n, (long) from + CHUNK);
            for (RuleRun run : runs) {
                run.advance(keyed, occurrences, limit, spans, reads);
            }
        }
        return spans.apply(keyed, MASK, n, "");
    }

    private static String maskNextLineValues(String text) {
        if (!NextLineValues.mayApply(text)) {
            return text;
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        NextLineValues.mask(lines, MASK);
        return String.join("\n", lines);
    }

    private static boolean expired(long deadline) {
        return deadline != NO_DEADLINE && System.nanoTime() - deadline >= 0;
    }

    private static long deadline(Duration budget) {
        long nanos = budget.toNanos();
        return nanos >= Long.MAX_VALUE / 4 ? NO_DEADLINE : System.nanoTime() + nanos;
    }

    /** Lower-cases ASCII letters only, so that every index in the result is the same index in the text. */
    static String asciiLowerCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= 'A' && c <= 'Z') {
                chars[i] = (char) (c + 32);
            }
        }
        return new String(chars);
    }
}
