package dev.firebreak.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures and failures of one bench run. Lines are echoed to stderr as progress while the run goes on; the
 * whole report is printed to stdout at the end, followed by {@code RESULT: OK} or the failures.
 */
final class BenchReport {
    private final List<String> lines = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    synchronized void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        lines.add(text);
        System.err.println("[bench] " + text);
    }

    synchronized void fail(String text) {
        failures.add(text);
        System.err.println("[bench] FAILED: " + text);
    }

    synchronized boolean ok() {
        return failures.isEmpty();
    }

    /** After an abort: the exception and the end of the app's log. */
    void aborted(Exception e, FirebreakProcess app) {
        fail("aborted: " + e);
        fail("last lines of " + app.log() + ":");
        app.logTail(20).forEach(l -> fail("  | " + l));
    }

    /** The app's WARN/ERROR lines, the same message once, without the time prefix. */
    void logProblems(FirebreakProcess app, int shown) throws IOException {
        List<String> problems = app.problemLines();
        line("app log %s: %d WARN/ERROR/exception lines", app.log(), problems.size());
        problems.stream().map(BenchReport::withoutTimestamp).distinct().limit(shown)
                .forEach(p -> line("  | %s", abbreviate(p)));
    }

    synchronized void print() {
        System.out.println();
        lines.forEach(System.out::println);
        if (failures.isEmpty()) {
            System.out.println("RESULT: OK");
            return;
        }
        System.out.println("RESULT: FAILED (" + failures.size() + " problems)");
        failures.stream().limit(25).forEach(f -> System.out.println("  " + f));
    }

    synchronized int exitCode() {
        return failures.isEmpty() ? 0 : 1;
    }

    static String withoutTimestamp(String logLine) {
        return logLine.replaceFirst("^\\d{2}:\\d{2}:\\d{2}\\.\\d{3} ", "");
    }

    static String abbreviate(String s) {
        String oneLine = s.replaceAll("\\s+", " ");
        return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 200) + "...";
    }
}
