package dev.firebreak.logs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups distinct token sequences the way Brain (Yu et al., IEEE TSC 2023) does, in our own terms:
 * <ol>
 *   <li>Sequences are compared only with sequences of the same token count.</li>
 *   <li>Within a token count, each (position, word) pair is counted over the lines. A line's <em>common pattern</em>
 *       is the set of its words that share the frequency value held by the most of its words (ties: the higher
 *       frequency): words that always come together are the event's constants. Lines with the same pattern form an
 *       initial group.</li>
 *   <li>Each initial group is refined column by column. A column holding a masked token (digits, paths) is a
 *       variable. A column with one word is a constant. A column with a few words ({@code <= splitValues}) is split
 *       on, the column with the fewest first, and each part refined again; a column with more words is a
 *       variable.</li>
 * </ol>
 */
final class BrainGrouping {
    private final int splitValues;
    private final LineSequences seqs;
    /** Group of each sequence. */
    final int[] groupOf;

    final List<String[]> templates = new ArrayList<>();

    private BrainGrouping(LineSequences seqs, int splitValues) {
        this.seqs = seqs;
        this.splitValues = splitValues;
        this.groupOf = new int[seqs.size];
    }

    static BrainGrouping of(LineSequences seqs, int splitValues) {
        BrainGrouping g = new BrainGrouping(seqs, splitValues);
        Map<Integer, List<Integer>> byLength = new LinkedHashMap<>();
        for (int s = 0; s < seqs.size; s++)
            byLength.computeIfAbsent(seqs.tokens[s].length, k -> new ArrayList<>())
                    .add(s);
        for (List<Integer> sameLength : byLength.values()) g.groupSameLength(sameLength);
        return g;
    }

    private void groupSameLength(List<Integer> members) {
        int n = seqs.tokens[members.get(0)].length;
        List<Map<String, Integer>> freq = new ArrayList<>(n);
        for (int p = 0; p < n; p++) freq.add(new HashMap<>());
        for (int s : members) {
            String[] t = seqs.tokens[s];
            for (int p = 0; p < n; p++) {
                if (t[p] != MessageTokenizer.WILDCARD) freq.get(p).merge(t[p], seqs.weight[s], Integer::sum);
            }
        }
        Map<PatternKey, List<Integer>> initial = new LinkedHashMap<>();
        int[] f = new int[n];
        for (int s : members) {
            String[] t = seqs.tokens[s];
            for (int p = 0; p < n; p++)
                f[p] = t[p] == MessageTokenizer.WILDCARD ? 0 : freq.get(p).get(t[p]);
            int common = commonFrequency(f);
            String[] pattern = new String[n];
            for (int p = 0; p < n; p++) if (common > 0 && f[p] == common) pattern[p] = t[p];
            initial.computeIfAbsent(new PatternKey(pattern), k -> new ArrayList<>())
                    .add(s);
        }
        for (Map.Entry<PatternKey, List<Integer>> e : initial.entrySet()) {
            boolean[] fixed = new boolean[n];
            for (int p = 0; p < n; p++) fixed[p] = e.getKey().words[p] != null;
            refine(e.getValue(), fixed);
        }
    }

    /** The frequency value shared by the most words of the line (0 for a masked token); ties go to the higher one. */
    static int commonFrequency(int[] f) {
        int[] sorted = f.clone();
        Arrays.sort(sorted);
        int best = 0;
        int bestRun = 0;
        for (int i = 0; i < sorted.length; ) {
            int j = i;
            while (j < sorted.length && sorted[j] == sorted[i]) j++;
            if (sorted[i] > 0 && j - i >= bestRun) {
                best = sorted[i];
                bestRun = j - i;
            }
            i = j;
        }
        return best;
    }

    private void refine(List<Integer> members, boolean[] fixed) {
        int n = fixed.length;
        int splitOn = -1;
        int fewest = Integer.MAX_VALUE;
        for (int p = 0; p < n; p++) {
            if (fixed[p]) continue;
            int distinct = distinctWords(members, p);
            if (distinct > 1 && distinct <= splitValues && distinct < fewest) {
                fewest = distinct;
                splitOn = p;
            }
        }
        if (splitOn < 0) {
            leaf(members);
            return;
        }
        Map<String, List<Integer>> parts = new LinkedHashMap<>();
        for (int s : members)
            parts.computeIfAbsent(seqs.tokens[s][splitOn], k -> new ArrayList<>())
                    .add(s);
        boolean[] deeper = fixed.clone();
        deeper[splitOn] = true;
        for (List<Integer> part : parts.values()) refine(part, deeper);
    }

    /** Distinct words of column {@code p}, counting past the split limit no further; MAX_VALUE if one is masked. */
    private int distinctWords(List<Integer> members, int p) {
        List<String> seen = new ArrayList<>(splitValues + 1);
        for (int s : members) {
            String w = seqs.tokens[s][p];
            if (w == MessageTokenizer.WILDCARD) return Integer.MAX_VALUE;
            if (!seen.contains(w)) {
                seen.add(w);
                if (seen.size() > splitValues) return seen.size();
            }
        }
        return seen.size();
    }

    private void leaf(List<Integer> members) {
        String[] template = seqs.tokens[members.get(0)].clone();
        for (int s : members) {
            String[] t = seqs.tokens[s];
            for (int p = 0; p < template.length; p++)
                if (!t[p].equals(template[p])) template[p] = MessageTokenizer.WILDCARD;
        }
        int id = templates.size();
        templates.add(template);
        for (int s : members) groupOf[s] = id;
    }

    private record PatternKey(String[] words) {
        @Override
        public boolean equals(Object o) {
            return o instanceof PatternKey k && Arrays.equals(words, k.words);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(words);
        }
    }
}
