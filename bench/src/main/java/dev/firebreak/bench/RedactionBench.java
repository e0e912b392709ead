package dev.firebreak.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Throughput and worst single line of the redactor on ordinary log lines and on adversarial ones: long lines, long
 * tokens, near misses, many keys without values, base64 blobs, a 1 MiB single line. Any class with a public no-arg
 * constructor and {@code String redact(String)} can be measured ({@code --impl}), so the same input can be run
 * through an older redactor for a before/after figure. A line that takes longer than {@code --line-timeout-s} is
 * stopped and reported as such.
 */
public final class RedactionBench {
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String BASE64 = ALNUM + "+/";

    private RedactionBench() {}

    public static void main(String[] args) throws Exception {
        String impl = "dev.firebreak.integrations.kubernetes.Redactor";
        int timeoutS = 20;
        int runs = 3;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--impl" -> impl = args[++i];
                case "--line-timeout-s" -> timeoutS = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                default ->
                    throw new IllegalArgumentException(
                            "unknown option " + args[i] + "; known: --impl CLASS, --line-timeout-s N, --runs N");
            }
        }
        Object redactor = Class.forName(impl).getConstructor().newInstance();
        Method redact = redactor.getClass().getMethod("redact", String.class);
        System.out.printf(
                "redactor: %s, JVM %s, %d cores, load %s%n",
                impl,
                System.getProperty("java.vm.version"),
                Runtime.getRuntime().availableProcessors(),
                loadAverage());

        List<String> logs = ordinaryLogLines(20_000);
        long chars = logs.stream().mapToLong(String::length).sum();
        for (String line : logs.subList(0, 2_000)) {
            call(redact, redactor, line); // warm-up
        }
        double best = Double.MAX_VALUE;
        long slowestNs = 0;
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            for (String line : logs) {
                long l0 = System.nanoTime();
                call(redact, redactor, line);
                slowestNs = Math.max(slowestNs, System.nanoTime() - l0);
            }
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        System.out.printf(
                "ordinary logs: %,d lines, %.1f MB, %.1f MB/s (best of %d), slowest line %.2f ms%n",
                logs.size(), chars / 1e6, chars / 1e6 / best, runs, slowestNs / 1e6);

        long advChars = 0;
        double advSeconds = 0;
        String slowest = "";
        double slowestMs = 0;
        boolean gaveUp = false;
        for (Map.Entry<String, String> c : adversarialLines().entrySet()) {
            Result res = timed(redact, redactor, c.getValue(), timeoutS);
            String figure = res.timedOut
                    ? String.format(Locale.ROOT, "> %d s, stopped", timeoutS)
                    : String.format(
                            Locale.ROOT,
                            "%.1f ms, %.1f MB/s",
                            res.ms,
                            c.getValue().length() / 1e3 / res.ms);
            System.out.printf(
                    "  %-48s %9s chars  %s%n",
                    c.getKey(), String.format("%,d", c.getValue().length()), figure);
            advChars += c.getValue().length();
            advSeconds += res.ms / 1e3;
            gaveUp |= res.timedOut;
            if (res.ms > slowestMs) {
                slowestMs = res.ms;
                slowest = c.getKey();
            }
        }
        System.out.printf(
                "adversarial lines: %.1f MB, %s%.2f MB/s, slowest line %.1f ms (%s)%n",
                advChars / 1e6, gaveUp ? "at most " : "", advChars / 1e6 / advSeconds, slowestMs, slowest);
    }

    /** Lines like those of a crash-looping service: mostly plain, one in ten with a credential. */
    static List<String> ordinaryLogLines(int n) {
        List<String> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            lines.add(
                    switch (i % 10) {
                        case 0 ->
                            "2024-05-01T10:00:00Z WARN retry " + i + " password=hunter" + i
                                    + " url=postgres://a:b@h/db";
                        case 3 ->
                            "2024-05-01T10:00:01Z DEBUG request headers map[Accept:[application/json] "
                                    + "Authorization:[Bearer " + token(ALNUM, 40, i) + "]] took " + i + "ms";
                        case 6 ->
                            "{\"ts\":\"2024-05-01T10:00:02Z\",\"level\":\"error\",\"msg\":\"upstream timeout\",\"token\":\""
                                    + token(ALNUM, 32, i) + "\",\"attempt\":" + i + "}";
                        default ->
                            "2024-05-01T10:00:0" + (i % 10) + "Z INFO GET /api/orders/" + i
                                    + " 200 12ms user-agent=kube-probe/1.29 trace=" + token("0123456789abcdef", 32, i);
                    });
        }
        return lines;
    }

    static Map<String, String> adversarialLines() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("80 KB words and dots after 'token'", "token " + "a.".repeat(40_000));
        cases.put("80 KB dashed name after 'password'", "password " + "x-".repeat(40_000));
        cases.put("100 KB base64 blob next to 'token'", "token " + token(BASE64, 100_000, 1));
        cases.put("100 KB base64 blob as token=", "token=" + token(BASE64, 100_000, 2));
        cases.put("64 KB GitHub-like token", "ghp_" + token(ALNUM, 65_536, 3));
        cases.put("64 KB near misses (keyword, no value)", "password authentication failed; ".repeat(2_048));
        cases.put("64 KB keys without values", "password= token: secret=, api_key; ".repeat(1_820));
        cases.put("64 KB of 'bearer x'", "Authorization: Bearer x bearer y ".repeat(1_985));
        cases.put("64 KB of '://a:'", "://a:".repeat(13_107));
        cases.put("1 MiB base64, one line", token(BASE64, 1 << 20, 4));
        StringBuilder annotation = new StringBuilder("{\"description\":\"");
        for (int i = 0; annotation.length() < (1 << 20); i++) {
            annotation
                    .append("retry ")
                    .append(i)
                    .append(" password=hunter")
                    .append(i)
                    .append(" url=postgres://app:pw@db/shop token bucket ok\\n");
        }
        cases.put("1 MiB alert annotation, one line", annotation.append("\"}").toString());
        return cases;
    }

    private record Result(double ms, boolean timedOut) {}

    /** Runs one redaction in its own thread, so that a line that never ends can be stopped. */
    @SuppressWarnings({"deprecation", "removal"})
    private static Result timed(Method redact, Object redactor, String line, int timeoutS) throws InterruptedException {
        AtomicReference<Double> ms = new AtomicReference<>();
        Thread worker = new Thread(
                () -> {
                    long t0 = System.nanoTime();
                    call(redact, redactor, line);
                    ms.set((System.nanoTime() - t0) / 1e6);
                },
                "redaction");
        worker.setDaemon(true);
        worker.start();
        worker.join(timeoutS * 1000L);
        if (worker.isAlive()) {
            // A backtracking regex does not check for interrupts; stop() is the only way to get the core back.
            worker.stop();
            return new Result(timeoutS * 1000.0, true);
        }
        return new Result(ms.get(), false);
    }

    private static String call(Method redact, Object redactor, String line) {
        try {
            return (String) redact.invoke(redactor, line);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static String token(String alphabet, int length, int seed) {
        StringBuilder s = new StringBuilder(length);
        long x = seed * 0x9E3779B97F4A7C15L + 1;
        for (int i = 0; i < length; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            s.append(alphabet.charAt((int) Math.floorMod(x, (long) alphabet.length())));
        }
        return s.toString();
    }

    private static String loadAverage() {
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage();
        return String.format(Locale.ROOT, "%.1f", load);
    }
}
