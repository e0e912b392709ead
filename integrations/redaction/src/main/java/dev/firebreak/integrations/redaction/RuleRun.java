package dev.firebreak.integrations.redaction;

import com.google.re2j.Matcher;

/**
 * One rule working through one text, in order of position: it tries a match at each occurrence of its keywords that
 * no earlier match of it covered, and adds what it finds to the spans to mask. It can stop at any position and go on
 * later, so that all rules advance through a long text together and a budget can stop them at one point.
 */
final class RuleRun {
    private final Rule rule;
    private final int[] keywordIds;
    private final int[] cursor;
    private int covered;

    RuleRun(Rule rule, int[] keywordIds) {
        this.rule = rule;
        this.keywordIds = keywordIds;
        this.cursor = new int[keywordIds.length];
    }

    /** Tries every occurrence before {@code limit}; {@code reads[0]} counts the characters read. */
    void advance(String text, Occurrences occurrences, int limit, Spans spans, long[] reads) {
        while (true) {
            int at = Integer.MAX_VALUE;
            for (int k = 0; k < keywordIds.length; k++) {
                at = Math.min(at, occurrences.next(keywordIds[k], cursor, k, covered));
            }
            if (at >= limit) {
                return;
            }
            covered = at + 1;
            if (rule.boundary().allows(text, at)) {
                match(text, at, spans, reads);
            }
        }
    }

    private void match(String text, int at, Spans spans, long[] reads) {
        int to = Math.min(text.length(), at + RedactionEngine.REACH);
        Matcher m = rule.matchAt(text, at, to, reads);
        if (m == null) {
            return;
        }
        for (int g : rule.groups()) {
            if (m.start(g) < 0) {
                continue;
            }
            int start = at + m.start(g);
            int end = at + m.end(g);
            if (end == to && to < text.length()) {
                // Cut by the reach: mask on to the end of the value rather than let its rest through.
                end = Values.endOfCutValue(text, start, end);
            }
            spans.add(start, end);
            covered = Math.max(covered, end);
        }
        covered = Math.max(covered, at + Math.max(1, m.end()));
    }
}
