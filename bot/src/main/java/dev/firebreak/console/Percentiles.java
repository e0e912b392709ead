package dev.firebreak.console;

import java.util.List;

/** Nearest-rank percentiles: the value below which {@code p} of the sample lies, always one of the sample's values. */
final class Percentiles {
    private Percentiles() {}

    /** {@code sorted} must be ascending and non-empty; {@code p} in (0, 1]. */
    static long of(List<Long> sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
