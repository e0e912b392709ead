package dev.firebreak.logs.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loghub "grouping accuracy": a line is correct iff the set of lines in its predicted group equals exactly the set
 * of lines in its ground-truth group. Counting per predicted group avoids building the sets themselves.
 */
public final class GroupingAccuracy {
    private GroupingAccuracy() { }

    /** Fraction of lines grouped exactly right; {@code predicted.get(i)} and {@code truth.get(i)} label line i. */
    public static <P, T> double of(List<P> predicted, List<T> truth) {
        if (predicted.size() != truth.size()) {
            throw new IllegalArgumentException(
                    "label lists differ in size: " + predicted.size() + " vs " + truth.size());
        }
        if (truth.isEmpty()) return 1.0;
        Map<T, Integer> truthSizes = new HashMap<>();
        for (T t : truth) truthSizes.merge(t, 1, Integer::sum);
        Map<P, T> soleTruth = new HashMap<>();
        Map<P, Integer> predictedSizes = new HashMap<>();
        Map<P, Boolean> mixed = new HashMap<>();
        for (int i = 0; i < predicted.size(); i++) {
            P p = predicted.get(i);
            T t = truth.get(i);
            predictedSizes.merge(p, 1, Integer::sum);
            T seen = soleTruth.putIfAbsent(p, t);
            if (seen != null && !seen.equals(t)) mixed.put(p, Boolean.TRUE);
        }
        long correct = 0;
        for (Map.Entry<P, Integer> e : predictedSizes.entrySet()) {
            P p = e.getKey();
            if (mixed.containsKey(p)) continue;
            if (truthSizes.get(soleTruth.get(p)).intValue() == e.getValue()) correct += e.getValue();
        }
        return (double) correct / truth.size();
    }
}
