package dev.firebreak.logs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Orders templates by what a responder should read first: errors, then what is new or bursting in the incident
 * window compared with the baseline before it, then volume. Points rather than a learned score so the order can be
 * explained in one line per template.
 */
public final class TemplateRanking {
    static final int ERROR_POINTS = 4;
    static final int WARN_POINTS = 1;
    static final int NEW_POINTS = 4;
    static final int BURST_POINTS = 2;
    /** A template bursts when its share of lines in the window is at least this many times its baseline share. */
    static final double BURST_FACTOR = 3.0;
    /** Fewer window lines than this are noise, not a burst. */
    static final long BURST_MIN_LINES = 3;

    private TemplateRanking() { }

    /** Ranks the miner's live templates against the incident window it was built with (if any). */
    public static List<RankedTemplate> rank(TemplateMiner miner) {
        long baselineLines = miner.linesSeen() - miner.windowLines();
        return rank(miner.templates(), miner.window().isPresent(), baselineLines, miner.windowLines());
    }

    static List<RankedTemplate> rank(Collection<LogTemplate> templates, boolean hasWindow, long baselineLines,
            long windowLines) {
        boolean compare = hasWindow && windowLines > 0 && baselineLines > 0;
        List<RankedTemplate> out = new ArrayList<>(templates.size());
        for (LogTemplate t : templates) {
            List<String> reasons = new ArrayList<>(3);
            int score = 0;
            if (t.level() == LevelHint.ERROR) {
                score += ERROR_POINTS;
                reasons.add("error");
            } else if (t.level() == LevelHint.WARN) {
                score += WARN_POINTS;
                reasons.add("warn");
            }
            boolean isNew = false;
            double burst = 0;
            if (compare && t.windowCount() > 0) {
                long baseline = t.count() - t.windowCount();
                isNew = baseline == 0;
                // an unseen template gets half a line of baseline so the ratio stays finite and still reads as large
                double baselineShare = Math.max(baseline, 0.5) / baselineLines;
                burst = ((double) t.windowCount() / windowLines) / baselineShare;
                if (isNew) {
                    score += NEW_POINTS;
                    reasons.add("new");
                } else if (burst >= BURST_FACTOR && t.windowCount() >= BURST_MIN_LINES) {
                    score += BURST_POINTS;
                    reasons.add(String.format(Locale.ROOT, "burst x%.1f", burst));
                }
            }
            out.add(new RankedTemplate(t, score, isNew, burst, List.copyOf(reasons)));
        }
        out.sort(Comparator.comparingInt(RankedTemplate::score).reversed()
                .thenComparing(Comparator.comparingLong((RankedTemplate r) -> r.template().windowCount()).reversed())
                .thenComparing(Comparator.comparingLong((RankedTemplate r) -> r.template().count()).reversed())
                .thenComparingLong(r -> r.template().id()));
        return out;
    }
}
