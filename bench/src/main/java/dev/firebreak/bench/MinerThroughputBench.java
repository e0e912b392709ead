package dev.firebreak.bench;

import dev.firebreak.logs.BatchTemplateMiner;
import dev.firebreak.logs.HeaderProfile;
import dev.firebreak.logs.MinedBatch;
import dev.firebreak.logs.TemplateMiner;
import dev.firebreak.logs.eval.LoghubSample;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Single-thread throughput of the template miner {@code logs mine} uses ({@link BatchTemplateMiner}; with the
 * argument {@code streaming}, {@link TemplateMiner}) on the input of the published Drain3 comparison: the Content
 * column of the ten Loghub 2k samples, each sample repeated 100 times (2,000,000 lines, one sample after another), fed
 * to one miner as {@code logs mine} would (header decision from the first lines included). Lines are loaded up front
 * and the JVM is warmed up first, so the figure is mining only.
 * Usage: {@code MinerThroughputBench DATASET_DIR [runs] [streaming]}.
 */
public final class MinerThroughputBench {
    /** Drain3 with default settings on the same input, start-up subtracted; measured elsewhere, not by this bench. */
    static final double DRAIN3_LINES_PER_SECOND = 118_700;

    private static final int REPEATS = 100;
    private static final int DEFAULT_RUNS = 7;
    private static final int WARMUP_RUNS = 3;
    private static boolean streaming;

    private MinerThroughputBench() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: MinerThroughputBench DATASET_DIR [runs] [streaming]");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_RUNS;
        streaming = args.length > 2 && args[2].equals("streaming");
        String[] lines = contentRepeated(root);
        System.out.printf(
                "input: %,d lines = Content column of %d Loghub 2k samples, each repeated %d times; JVM %s%n",
                lines.length, LoghubSample.DATASETS.size(), REPEATS, System.getProperty("java.vm.version"));
        System.out.println(
                "miner: " + (streaming ? "streaming (TemplateMiner)" : "batch (BatchTemplateMiner), as logs mine"));
        System.out.println("load average before: " + loadAverage());

        HeapSampler heap = new HeapSampler();
        for (int i = 0; i < WARMUP_RUNS; i++) mine(lines, null);
        System.gc();
        heap.reset();
        double[] rates = new double[runs];
        double[] cpuRates = new double[runs];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int templates = 0;
        for (int r = 0; r < runs; r++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            templates = mine(lines, heap);
            long ns = System.nanoTime() - t0;
            long cpuNs = threads.getCurrentThreadCpuTime() - cpu0;
            rates[r] = lines.length / (ns / 1e9);
            cpuRates[r] = lines.length / (cpuNs / 1e9);
            System.out.printf(
                    "run %d: %,.0f lines/s wall clock, %,.0f lines per CPU second%n", r + 1, rates[r], cpuRates[r]);
        }
        Arrays.sort(rates);
        Arrays.sort(cpuRates);
        double median = rates[runs / 2];
        double best = rates[runs - 1];
        System.out.printf(
                "best %,.0f lines/s, median %,.0f lines/s over %d runs (single thread, after %d warm-up runs)%n",
                best, median, runs, WARMUP_RUNS);
        // On a shared machine the wall clock also counts time the thread waited for a core; CPU time does not.
        System.out.printf(
                "per CPU second of the mining thread: best %,.0f, median %,.0f%n",
                cpuRates[runs - 1], cpuRates[runs / 2]);
        System.out.printf(
                "against Drain3's published %,.0f lines/s on the same input (measured elsewhere, not here):"
                        + " best %.1fx, median %.1fx%n",
                DRAIN3_LINES_PER_SECOND, best / DRAIN3_LINES_PER_SECOND, median / DRAIN3_LINES_PER_SECOND);
        System.out.println("load average after: " + loadAverage());
        System.out.printf("templates found: %d%n", templates);
        System.out.printf(
                "peak heap used during timed runs: %.1f MiB (sampled every 64k lines; includes the input"
                        + " array and not-yet-collected garbage)%n",
                heap.peakBytes() / (1024.0 * 1024.0));
        long before = usedAfterGc();
        Object kept = streaming
                ? streamingMiner(lines)
                : BatchTemplateMiner.mine(Arrays.asList(lines), BatchTemplateMiner.DEFAULT_SPLIT_VALUES);
        long after = usedAfterGc();
        System.out.printf(
                "heap retained by the miner's result after GC: %.1f MiB (input: %.1f MiB baseline)%n",
                (after - before) / (1024.0 * 1024.0), before / (1024.0 * 1024.0));
        if (kept.hashCode() == 42) System.out.print(""); // keeps the result reachable until measured
        worstCase();
    }

    /** The Content column of each sample, repeated {@link #REPEATS} times, samples one after another. */
    static String[] contentRepeated(Path root) throws IOException {
        List<String> out = new ArrayList<>();
        for (String name : LoghubSample.DATASETS) {
            List<String> contents = LoghubSample.load(root, name).contents();
            for (int r = 0; r < REPEATS; r++) out.addAll(contents);
        }
        return out.toArray(new String[0]);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    /** Unlike lines sharing length and first token: every line makes a template and evicts one. */
    private static void worstCase() {
        String[] words = {
            "alpha",
            "bravo",
            "charlie",
            "delta",
            "echo",
            "foxtrot",
            "golf",
            "hotel",
            "india",
            "juliet",
            "kilo",
            "lima",
            "mike",
            "november",
            "oscar",
            "papa"
        };
        java.util.Random random = new java.util.Random(1);
        String[] lines = new String[200_000];
        for (int i = 0; i < lines.length; i++) {
            StringBuilder sb = new StringBuilder("svc");
            for (int k = 0; k < 8; k++) {
                sb.append(' ').append(words[random.nextInt(16)]).append(words[random.nextInt(16)]);
            }
            lines[i] = sb.toString();
        }
        mine(lines, null);
        long t0 = System.nanoTime();
        int templates = mine(lines, null);
        double rate = lines.length / ((System.nanoTime() - t0) / 1e9);
        System.out.printf(
                "worst case (%,d unlike lines of one length and first word; the streaming miner evicts on"
                        + " nearly every line): %,.0f lines/s, %d templates%n",
                lines.length, rate, templates);
    }

    /** Used heap after asking for full collections; a few rounds because one System.gc() may not finish the job. */
    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }

    /** Mines all lines with a fresh miner, as {@code logs mine} does; samples heap every 64k lines when asked. */
    private static int mine(String[] lines, HeapSampler heap) {
        if (!streaming) {
            BatchTemplateMiner miner = new BatchTemplateMiner();
            miner.learnHeaders(Arrays.asList(lines).subList(0, Math.min(lines.length, HeaderProfile.SAMPLE_LINES)));
            for (int i = 0; i < lines.length; i++) {
                miner.add(lines[i]);
                if (heap != null && (i & 0xFFFF) == 0) heap.sample();
            }
            MinedBatch mined = miner.finish();
            if (heap != null) heap.sample();
            return mined.templates().size();
        }
        TemplateMiner miner = new TemplateMiner();
        miner.learnHeaders(Arrays.asList(lines).subList(0, Math.min(lines.length, HeaderProfile.SAMPLE_LINES)));
        long sink = 0;
        for (int i = 0; i < lines.length; i++) {
            sink += miner.add(lines[i]).id();
            if (heap != null && (i & 0xFFFF) == 0) heap.sample();
        }
        if (heap != null) heap.sample();
        if (sink == 42) System.out.print(""); // keeps the JIT from discarding the loop
        return miner.templateCount();
    }

    private static TemplateMiner streamingMiner(String[] lines) {
        TemplateMiner miner = new TemplateMiner();
        for (String line : lines) miner.add(line);
        return miner;
    }

    /** Tracks the highest used heap seen; sampling during the run catches garbage that a post-GC reading hides. */
    static final class HeapSampler {
        private final List<MemoryPoolMXBean> pools = new ArrayList<>();
        private long peak;

        HeapSampler() {
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                if (p.getType() == MemoryType.HEAP) pools.add(p);
            }
        }

        void reset() {
            peak = 0;
            for (MemoryPoolMXBean p : pools) p.resetPeakUsage();
        }

        void sample() {
            long used = 0;
            for (MemoryPoolMXBean p : pools) used += p.getUsage().getUsed();
            peak = Math.max(peak, used);
        }

        long peakBytes() {
            return peak;
        }
    }
}
