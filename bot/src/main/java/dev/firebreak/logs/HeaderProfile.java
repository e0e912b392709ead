package dev.firebreak.logs;

import java.util.HashMap;
import java.util.Map;

/**
 * Whether a file's lines carry a header, decided once from a sample of them. Headers are stripped only when most lines
 * share one header shape (a time stamp or level in the same place), so text without headers, such as messages that
 * merely start with a number, an address or {@code host:port}, is never cut on some lines and left whole on others,
 * which would give one message several token counts and so several templates.
 */
public final class HeaderProfile {
    /** Share of the sampled lines that must show the most common header shape. */
    static final double CONSISTENT_SHARE = 0.5;
    /** Lines looked at; the first lines of a file show its format. */
    public static final int SAMPLE_LINES = 1_000;

    private final boolean strip;
    private final int sampled;
    private final double share;

    private HeaderProfile(boolean strip, int sampled, double share) {
        this.strip = strip;
        this.sampled = sampled;
        this.share = share;
    }

    /** Learns from up to {@link #SAMPLE_LINES} of {@code lines}; blank lines are not counted. */
    public static HeaderProfile learn(Iterable<String> lines) {
        HeaderStripper stripper = new HeaderStripper();
        Map<Long, Integer> shapes = new HashMap<>();
        int counted = 0;
        for (String line : lines) {
            if (counted >= SAMPLE_LINES) break;
            if (line.isBlank()) continue;
            counted++;
            stripper.strip(line);
            if (stripper.shape != 0) shapes.merge(stripper.shape, 1, Integer::sum);
        }
        int top = 0;
        for (int c : shapes.values()) top = Math.max(top, c);
        double share = counted == 0 ? 0 : (double) top / counted;
        return new HeaderProfile(counted > 0 && share >= CONSISTENT_SHARE, counted, share);
    }

    /** True when the sampled lines showed a consistent header, so each line's header is stripped. */
    public boolean stripsHeaders() { return strip; }

    @Override
    public String toString() {
        return String.format("HeaderProfile[%s, %d lines sampled, top shape on %.0f%%]",
                strip ? "headers" : "no headers", sampled, share * 100);
    }
}
