package dev.firebreak.incident;

import java.time.Duration;

public final class Durations {
    private Durations() {}

    /** "2h 05m", "12m", "40s": what a responder reads at a glance. */
    public static String human(Duration d) {
        long s = Math.max(0, d.getSeconds());
        if (s < 60) {
            return s + "s";
        }
        long m = s / 60;
        if (m < 60) {
            return m + "m";
        }
        long h = m / 60;
        if (h < 48) {
            return String.format("%dh %02dm", h, m % 60);
        }
        return String.format("%dd %02dh", h / 24, h % 24);
    }
}
