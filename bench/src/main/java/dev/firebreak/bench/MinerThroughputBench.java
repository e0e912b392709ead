package dev.firebreak.bench;

import dev.firebreak.logs.TemplateMiner;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Single-thread throughput of {@link TemplateMiner} over at least 1,000,000 raw lines built by repeating the ten
 * Loghub *_2k.log samples. Usage: {@code MinerThroughputBench DATASET_DIR [lines] [runs]}.
 * Lines are loaded up front so the figure is mining only, not file reading.
 */
public final class MinerThroughputBench {
    private static final int DEFAULT_LINES = 1_000_000;
    private static final int DEFAULT_RUNS = 5;
    private static final int WARMUP_RUNS = 3;

    private MinerThroughputBench() { }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: MinerThroughputBench DATASET_DIR [lines] [runs]");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        int target = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_LINES;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : DEFAULT_RUNS;
        List<String> base = loadSamples(root);
        if (base.isEmpty()) {
            System.err.println("no *_2k.log files under " + root);
            System.exit(1);
        }
        String[] lines = new String[Math.max(target, base.size())];
        for (int i = 0; i < lines.length; i++) lines[i] = base.get(i % base.size());
        System.out.printf("input: %,d lines (%d distinct sample lines repeated), JVM %s%n", lines.length, base.size(),
                System.getProperty("java.vm.version"));

        HeapSampler heap = new HeapSampler();
        for (int i = 0; i < WARMUP_RUNS; i++) mine(lines, null);
        System.gc();
        heap.reset();
        double[] rates = new double[runs];
        int templates = 0;
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            templates = mine(lines, heap);
            long ns = System.nanoTime() - t0;
            rates[r] = lines.length / (ns / 1e9);
            System.out.printf("run %d: %,.0f lines/s%n", r + 1, rates[r]);
        }
        Arrays.sort(rates);
        System.out.printf("median: %,.0f lines/s over %,d lines, %d runs (single thread)%n", rates[runs / 2],
                lines.length, runs);
        System.out.printf("templates found: %d%n", templates);
        System.out.printf("peak heap used during timed runs: %.1f MiB (sampled every 64k lines; includes the input"
                + " array and not-yet-collected garbage)%n", heap.peakBytes() / (1024.0 * 1024.0));
        long before = usedAfterGc();
        TemplateMiner kept = new TemplateMiner();
        for (String line : lines) kept.add(line);
        long after = usedAfterGc();
        System.out.printf("heap retained by the miner after GC: %.1f MiB for %d templates (input: %.1f MiB baseline)%n",
                (after - before) / (1024.0 * 1024.0), kept.templateCount(), before / (1024.0 * 1024.0));
        worstCase();
    }

    /** Unlike lines sharing length and first token: every line makes a template and evicts one. */
    private static void worstCase() {
        String[] words = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet",
            "kilo", "lima", "mike", "november", "oscar", "papa"};
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
        TemplateMiner miner = new TemplateMiner();
        for (String line : lines) miner.add(line);
        double rate = lines.length / ((System.nanoTime() - t0) / 1e9);
        System.out.printf("worst case (%,d unlike lines, eviction on nearly every line): %,.0f lines/s, %d templates,"
                + " %,d evicted%n", lines.length, rate, miner.templateCount(), miner.evictedCount());
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

    /** Mines all lines with a fresh miner; samples heap every 64k lines when a sampler is given. */
    private static int mine(String[] lines, HeapSampler heap) {
        TemplateMiner miner = new TemplateMiner();
        long sink = 0;
        for (int i = 0; i < lines.length; i++) {
            sink += miner.add(lines[i]).id();
            if (heap != null && (i & 0xFFFF) == 0) heap.sample();
        }
        if (heap != null) heap.sample();
        if (sink == 42) System.out.print(""); // keeps the JIT from discarding the loop
        return miner.templateCount();
    }

    static List<String> loadSamples(Path root) throws IOException {
        List<Path> logs = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root, 2)) {
            s.filter(p -> p.getFileName().toString().endsWith("_2k.log")).sorted().forEach(logs::add);
        }
        List<String> out = new ArrayList<>();
        for (Path p : logs) {
            for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) if (!line.isEmpty()) out.add(line);
        }
        return out;
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
