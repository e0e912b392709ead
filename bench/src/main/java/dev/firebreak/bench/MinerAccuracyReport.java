package dev.firebreak.bench;

import dev.firebreak.logs.BatchTemplateMiner;
import dev.firebreak.logs.MinerConfig;
import dev.firebreak.logs.eval.CsvRows;
import dev.firebreak.logs.eval.LoghubSample;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * In-sample grouping accuracy of both miners' defaults (batch: {@code logs mine}; streaming: the summary's pod logs)
 * on the ten Loghub 2k samples, next to Drain's published
 * per-dataset-tuned figures. Usage: {@code MinerAccuracyReport DATASET_DIR}. "content" feeds the Content column
 * (parity with the published benchmark, which strips headers with a per-dataset regex first); "raw" feeds whole
 * log lines, headers included, relying on the miner's generic header stripping.
 */
public final class MinerAccuracyReport {
    private static final String PUBLISHED = "benchmarks/drain_accuracy_by_dataset.csv";

    private MinerAccuracyReport() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: MinerAccuracyReport DATASET_DIR");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        Map<String, Double> published = readPublished(root.resolve(PUBLISHED));
        MinerConfig config = MinerConfig.DEFAULT;
        int split = BatchTemplateMiner.DEFAULT_SPLIT_VALUES;
        System.out.println("batch: split limit " + split + "; streaming: " + config);
        System.out.printf(
                "%-10s %8s %8s %8s %8s %10s%n", "dataset", "batch", "batch", "stream", "stream", "Drain(pub)");
        System.out.printf("%-10s %8s %8s %8s %8s%n", "", "content", "raw", "content", "raw");
        double sumBatchContent = 0;
        double sumBatchRaw = 0;
        double sumContent = 0;
        double sumRaw = 0;
        double sumPublished = 0;
        List<String> names = LoghubSample.DATASETS;
        for (String name : names) {
            LoghubSample sample = LoghubSample.load(root, name);
            double batchContent = sample.batchAccuracy(split, sample.contents());
            double batchRaw = sample.batchAccuracy(split, sample.rawLines());
            double content = sample.accuracy(config, false);
            double raw = sample.accuracy(config, true);
            sumBatchContent += batchContent;
            sumBatchRaw += batchRaw;
            Double pub = published.get(name);
            sumContent += content;
            sumRaw += raw;
            sumPublished += pub == null ? Double.NaN : pub;
            String pubText = pub == null ? "n/a" : String.format("%.3f", pub);
            System.out.printf(
                    "%-10s %8.3f %8.3f %8.3f %8.3f %10s%n", name, batchContent, batchRaw, content, raw, pubText);
        }
        int n = names.size();
        System.out.printf(
                "%-10s %8.3f %8.3f %8.3f %8.3f %10.3f%n",
                "average", sumBatchContent / n, sumBatchRaw / n, sumContent / n, sumRaw / n, sumPublished / n);
        System.out.println("headline: content column (the published benchmark's input); one config for all datasets");
    }

    /** First accuracy column of the published table (ICSE-SEIP'19 loghub_2k, Drain tuned per dataset). */
    private static Map<String, Double> readPublished(Path csv) throws IOException {
        Map<String, Double> out = new HashMap<>();
        if (!Files.isRegularFile(csv)) return out;
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            CsvRows.next(in);
            for (List<String> row = CsvRows.next(in); row != null; row = CsvRows.next(in)) {
                if (row.size() < 2) continue;
                try {
                    out.put(row.get(0), Double.parseDouble(row.get(1)));
                } catch (NumberFormatException e) {
                    // the "Average" row and "n/a" cells are not per-dataset figures
                }
            }
        }
        return out;
    }
}
