package dev.firebreak.integrations.redaction;

import java.util.Arrays;

/** The stretches of a text to mask, collected from every rule, then merged and replaced in one pass. */
final class Spans {
    private long[] spans = new long[8];
    private int size;

    void add(int start, int end) {
        if (end <= start) {
            return;
        }
        if (size == spans.length) {
            spans = Arrays.copyOf(spans, size * 2);
        }
        spans[size++] = ((long) start << 32) | end;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /**
     * The text up to {@code upTo} with each stretch (overlapping or touching stretches merged) replaced by
     * {@code mask}, followed by {@code tail} in place of the rest.
     */
    String apply(String text, String mask, int upTo, String tail) {
        if (size == 0 && upTo == text.length()) {
            return text;
        }
        Arrays.sort(spans, 0, size);
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        int i = 0;
        while (i < size) {
            int start = (int) (spans[i] >>> 32);
            int end = (int) spans[i];
            for (i++; i < size && (int) (spans[i] >>> 32) <= end; i++) {
                end = Math.max(end, (int) spans[i]);
            }
            if (start >= upTo) {
                break;
            }
            out.append(text, copied, Math.max(copied, start)).append(mask);
            copied = Math.max(copied, Math.min(end, upTo));
        }
        return out.append(text, copied, upTo).append(tail).toString();
    }
}
