package dev.firebreak.runbook;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Edit distance, for "did you mean" hints on unknown keys, actions, types and runbook ids. */
final class Levenshtein {
    private Levenshtein() { }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /**
     * Up to {@code n} candidates close to {@code word}: those containing it first (so "pod" finds "pending-pods"
     * before "oom"), then those within a third of its length in edits (at least 2), nearest first.
     */
    static List<String> closest(String word, Collection<String> candidates, int n) {
        String w = word.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, w.length() / 3);
        Comparator<String> containingFirst = Comparator.comparing((String c) -> !contains(c, w));
        return candidates.stream()
                .filter(c -> contains(c, w) || distance(w, c.toLowerCase(Locale.ROOT)) <= limit)
                .sorted(containingFirst.thenComparingInt(c -> distance(w, c.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(Math.max(0, n))
                .toList();
    }

    private static boolean contains(String candidate, String word) {
        return word.length() >= 3 && candidate.toLowerCase(Locale.ROOT).contains(word);
    }

    /** " (did you mean "x"?)" for the nearest candidate, or "" when nothing is close. */
    static String hint(String word, Collection<String> candidates) {
        Optional<String> best = closest(word, candidates, 1).stream().findFirst();
        return best.map(b -> " (did you mean \"" + b + "\"?)").orElse("");
    }
}
