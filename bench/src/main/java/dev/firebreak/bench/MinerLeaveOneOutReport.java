package dev.firebreak.bench;

import dev.firebreak.logs.BatchTemplateMiner;
import dev.firebreak.logs.MinerConfig;
import dev.firebreak.logs.eval.LoghubSample;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Leave-one-system-out accuracy of both template miners on the ten Loghub 2k samples: for each system, the miner's
 * setting (batch: the split limit; streaming: similarity threshold and one-mismatch rule) is chosen on the other nine
 * (best average grouping accuracy), then the held-out system is scored with it. Everything else (header rule,
 * tokenizer) is fixed in code.
 * Then synthetic robustness checks built from the same ten: they are the ten systems rewritten, not unseen systems.
 * Usage: {@code MinerLeaveOneOutReport DATASET_DIR}.
 */
public final class MinerLeaveOneOutReport {
    /** Settings the held-out procedure may choose from: similarity threshold, and the one-mismatch rule's minimum. */
    private static final double[] THRESHOLDS = {0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9};

    private static final int[] ONE_MISMATCH = {0, 3, 4, 5};
    /** Settings for the batch miner: the most distinct words a column may hold and still be split on. */
    private static final int[] SPLIT_VALUES = {1, 2, 3, 4, 5, 6, 8};

    private MinerLeaveOneOutReport() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: MinerLeaveOneOutReport DATASET_DIR");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        List<LoghubSample> samples = new ArrayList<>();
        for (String name : LoghubSample.DATASETS) samples.add(LoghubSample.load(root, name));
        MinerConfig base = MinerConfig.DEFAULT;
        List<Setting> batch = new ArrayList<>();
        for (int v : SPLIT_VALUES) batch.add(new Setting("split<=" + v, (s, lines) -> s.batchAccuracy(v, lines)));
        Setting batchDefault = new Setting(
                "split<=" + BatchTemplateMiner.DEFAULT_SPLIT_VALUES,
                (s, lines) -> s.batchAccuracy(BatchTemplateMiner.DEFAULT_SPLIT_VALUES, lines));
        List<Setting> streaming = new ArrayList<>();
        for (double t : THRESHOLDS) {
            for (int m : ONE_MISMATCH) {
                MinerConfig c = base.withSimilarity(t, m);
                streaming.add(
                        new Setting(String.format("t=%.2f, 1-off>=%d", t, m), (s, lines) -> s.accuracy(c, lines)));
            }
        }
        Setting streamingDefault = new Setting("default", (s, lines) -> s.accuracy(base, lines));
        System.out.println("batch miner (logs mine default): split on columns of at most N words, N chosen on the nine;"
                + " default N=" + BatchTemplateMiner.DEFAULT_SPLIT_VALUES);
        leaveOneOut(samples, batch, batchDefault, "content", LoghubSample::contents);
        leaveOneOut(samples, batch, batchDefault, "raw lines", LoghubSample::rawLines);
        robustness(samples, batchDefault);
        System.out.println();
        System.out.println("streaming miner (TemplateMiner, the summary's pod logs): threshold and one-mismatch minimum"
                + " chosen on the nine; default " + base);
        leaveOneOut(samples, streaming, streamingDefault, "content", LoghubSample::contents);
        leaveOneOut(samples, streaming, streamingDefault, "raw lines", LoghubSample::rawLines);
        robustness(samples, streamingDefault);
    }

    /** One candidate setting of a miner, scored as the grouping accuracy on a sample fed the given lines. */
    private record Setting(String label, BiFunction<LoghubSample, List<String>, Double> score) {}

    private static void leaveOneOut(
            List<LoghubSample> samples,
            List<Setting> grid,
            Setting fixedDefault,
            String input,
            Function<LoghubSample, List<String>> lines) {
        int n = samples.size();
        double[][] acc = new double[grid.size()][n];
        for (int k = 0; k < grid.size(); k++) {
            for (int s = 0; s < n; s++)
                acc[k][s] = grid.get(k).score().apply(samples.get(s), lines.apply(samples.get(s)));
        }
        double[] defaults = new double[n];
        for (int s = 0; s < n; s++)
            defaults[s] = fixedDefault.score().apply(samples.get(s), lines.apply(samples.get(s)));
        System.out.printf("%naverage over the ten by setting, input: %s%n", input);
        for (int k = 0; k < grid.size(); k++)
            System.out.printf("  %-18s %.3f%n", grid.get(k).label(), average(acc[k], -1));
        System.out.printf("%nleave-one-system-out, input: %s (setting chosen on the other nine)%n", input);
        System.out.printf("%-10s %22s %9s %17s%n", "held out", "chosen on the nine", "held-out", "default in-sample");
        double sumHeld = 0;
        for (int s = 0; s < n; s++) {
            int best = 0;
            for (int k = 1; k < grid.size(); k++) if (average(acc[k], s) > average(acc[best], s) + 1e-12) best = k;
            sumHeld += acc[best][s];
            System.out.printf(
                    "%-10s %22s %9.3f %17.3f%n",
                    samples.get(s).name(), grid.get(best).label(), acc[best][s], defaults[s]);
        }
        System.out.printf("%-10s %22s %9.3f %17.3f%n", "average", "", sumHeld / n, average(defaults, -1));
    }

    /** Mean of the scores, leaving out index {@code skip} (none when -1). */
    private static double average(double[] scores, int skip) {
        double sum = 0;
        int count = 0;
        for (int i = 0; i < scores.length; i++) {
            if (i == skip) continue;
            sum += scores[i];
            count++;
        }
        return sum / count;
    }

    /** Each check rewrites the Content column of every system; the ground-truth events stay the same. */
    private static void robustness(List<LoghubSample> samples, Setting config) {
        System.out.printf("%nsynthetic robustness checks (the ten systems rewritten; not unseen systems), default"
                + " setting%n");
        List<String> names = List.of("content as is", "host:port first", "stamp+level header", "shuffled order");
        System.out.printf("%-10s", "system");
        for (String name : names) System.out.printf(" %18s", name);
        System.out.println();
        double[] sums = new double[names.size()];
        for (LoghubSample s : samples) {
            double[] row = {
                config.score().apply(s, s.contents()),
                config.score().apply(s, hostPortFirst(s.contents())),
                config.score().apply(s, stampHeader(s.contents())),
                shuffled(s, config),
            };
            System.out.printf("%-10s", s.name());
            for (int i = 0; i < row.length; i++) {
                System.out.printf(" %18.3f", row[i]);
                sums[i] += row[i];
            }
            System.out.println();
        }
        System.out.printf("%-10s", "average");
        for (double sum : sums) System.out.printf(" %18.3f", sum / samples.size());
        System.out.println();
        System.out.println(
                "host:port first: every line starts with \"10.0.<i>.<j>:<port>\" or \"node<i>.example.org:<port>\";"
                        + " stamp+level header: \"2024-03-01 10:00:<ss>,<ms> INFO \" before every line; shuffled: seeded order");
    }

    /** Like the proxy log that split one event into many: an address token with a port before the message. */
    static List<String> hostPortFirst(List<String> lines) {
        Random random = new Random(7);
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            String host = random.nextBoolean()
                    ? "10.0." + random.nextInt(256) + "." + random.nextInt(256)
                    : "node" + random.nextInt(40) + ".example.org";
            out.add(host + ":" + (1 + random.nextInt(65535)) + " " + line);
        }
        return out;
    }

    static List<String> stampHeader(List<String> lines) {
        Random random = new Random(11);
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            out.add(String.format(
                    "2024-03-01 10:00:%02d,%03d INFO %s", random.nextInt(60), random.nextInt(1000), line));
        }
        return out;
    }

    private static double shuffled(LoghubSample s, Setting config) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < s.contents().size(); i++) order.add(i);
        Collections.shuffle(order, new Random(13));
        List<String> lines = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i : order) {
            lines.add(s.contents().get(i));
            ids.add(s.eventIds().get(i));
        }
        return config.score().apply(new LoghubSample(s.name(), lines, lines, ids), lines);
    }
}
