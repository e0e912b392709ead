package dev.firebreak.integrations.kubernetes;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Keeps output within a line and byte budget. {@link #head} keeps the first lines (listings), {@link #tail} the last
 * (logs and events, where the newest matter most). Bytes are UTF-8 with one newline per line, as they will be sent.
 */
final class OutputLimiter {
    // Room for the note itself, so adding it never breaks the byte cap.
    static final int NOTE_RESERVE_BYTES = 160;
    // One minified JSON log line can be 100 KB; it would push everything else out.
    static final int MAX_LINE_CHARS = 2000;
    // Room for the cut marker, so a line cut once (a log line, before the output cap) is not cut again.
    private static final int MARKER_ROOM = 40;

    record Capped(List<String> lines, int omittedLines, long omittedBytes) {
        boolean cut() {
            return omittedLines > 0 || omittedBytes > 0;
        }
    }

    private OutputLimiter() {}

    static Capped head(List<String> lines, int maxLines, long maxBytes) {
        List<String> kept = new ArrayList<>();
        long used = 0;
        int i = 0;
        for (; i < lines.size() && kept.size() < maxLines; i++) {
            long size = bytes(lines.get(i));
            if (used + size > maxBytes) {
                break;
            }
            kept.add(lines.get(i));
            used += size;
        }
        return new Capped(kept, lines.size() - i, bytesOf(lines, i, lines.size()));
    }

    static Capped tail(List<String> lines, int maxLines, long maxBytes) {
        List<String> kept = new ArrayList<>();
        long used = 0;
        int i = lines.size() - 1;
        for (; i >= 0 && kept.size() < maxLines; i--) {
            long size = bytes(lines.get(i));
            if (used + size > maxBytes) {
                break;
            }
            kept.add(lines.get(i));
            used += size;
        }
        Collections.reverse(kept);
        return new Capped(kept, i + 1, bytesOf(lines, 0, i + 1));
    }

    /**
     * The final cap: long lines clipped, at most {@code maxLines} lines and {@code maxBytes} bytes in all, and when
     * anything was left out (here or earlier by the action) a last line saying how much.
     */
    static Capped capWithNote(List<String> lines, int maxLines, int maxBytes, int omittedBefore,
            long omittedBytesBefore) {
        List<String> clipped = new ArrayList<>(lines.size());
        long clippedBytes = 0;
        for (String line : lines) {
            String c = clip(line);
            clippedBytes += bytes(line) - bytes(c);
            clipped.add(c);
        }
        if (omittedBefore == 0 && omittedBytesBefore == 0 && clippedBytes == 0
                && clipped.size() <= maxLines && bytesOf(clipped, 0, clipped.size()) <= maxBytes) {
            return new Capped(clipped, 0, 0);
        }
        Capped head = head(clipped, maxLines - 1, maxBytes - NOTE_RESERVE_BYTES);
        int omitted = omittedBefore + head.omittedLines();
        long omittedBytes = omittedBytesBefore + head.omittedBytes() + clippedBytes;
        List<String> out = new ArrayList<>(head.lines());
        out.add(note(omitted, omittedBytes));
        return new Capped(out, omitted, omittedBytes);
    }

    static String note(int omittedLines, long omittedBytes) {
        return String.format(Locale.ROOT, "[truncated: %,d more lines (%s) left out; narrow the request, e.g."
                + " tailLines, selector or since]", omittedLines, size(omittedBytes));
    }

    static String clip(String line) {
        if (line.length() <= MAX_LINE_CHARS + MARKER_ROOM) {
            return line;
        }
        return line.substring(0, MAX_LINE_CHARS) + String.format(Locale.ROOT, "… [cut %,d chars]", line.length() - MAX_LINE_CHARS);
    }

    static long bytes(String line) {
        return line.getBytes(StandardCharsets.UTF_8).length + 1L;
    }

    private static long bytesOf(List<String> lines, int from, int to) {
        long total = 0;
        for (int i = from; i < to; i++) {
            total += bytes(lines.get(i));
        }
        return total;
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }
}
