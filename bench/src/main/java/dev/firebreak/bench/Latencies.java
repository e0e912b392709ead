package dev.firebreak.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Durations in nanoseconds, summarised the way latency is usually quoted: median, tail and worst case. */
final class Latencies {
    private final List<Long> nanos = new ArrayList<>();

    void add(long durationNanos) {
        nanos.add(durationNanos);
    }

    int count() {
        return nanos.size();
    }

    /** Nearest-rank percentile, so every figure printed is a latency that was actually observed. */
    double percentileMillis(double percentile) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1)) / 1e6;
    }

    double maxMillis() {
        return percentileMillis(100);
    }

    double meanMillis() {
        return nanos.stream().mapToLong(Long::longValue).average().orElse(Double.NaN) / 1e6;
    }

    String summary() {
        return String.format(Locale.ROOT, "n=%d  median %.2f  p90 %.2f  p99 %.2f  max %.2f  (mean %.2f) ms",
                count(), percentileMillis(50), percentileMillis(90), percentileMillis(99), maxMillis(), meanMillis());
    }
}
