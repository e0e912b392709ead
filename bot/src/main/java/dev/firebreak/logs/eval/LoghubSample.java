package dev.firebreak.logs.eval;

import dev.firebreak.logs.BatchTemplateMiner;
import dev.firebreak.logs.MinedBatch;
import dev.firebreak.logs.MinerConfig;
import dev.firebreak.logs.TemplateMiner;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One labelled Loghub sample ({@code NAME/NAME_2k.log} plus {@code NAME_2k.log_structured.csv}): raw lines, the
 * Content column (message after Loghub's own header split) and the ground-truth EventId per line.
 */
public record LoghubSample(String name, List<String> rawLines, List<String> contents, List<String> eventIds) {

    /** The ten datasets our accuracy is reported on. */
    public static final List<String> DATASETS = List.of(
            "HDFS", "Hadoop", "Spark", "Zookeeper", "Windows", "Linux", "Android", "HealthApp", "Apache", "OpenSSH");

    /** Grouping accuracy of a fresh miner with {@code config} fed the raw lines or the Content column. */
    public double accuracy(MinerConfig config, boolean rawInput) {
        return accuracy(config, rawInput ? rawLines : contents);
    }

    /** Grouping accuracy of a fresh miner with {@code config} fed {@code lines}, one per labelled line. */
    public double accuracy(MinerConfig config, List<String> lines) {
        TemplateMiner miner = new TemplateMiner(config);
        miner.learnHeaders(lines);
        List<Long> predicted = new ArrayList<>(eventIds.size());
        for (String line : lines) predicted.add(miner.add(line).id());
        return GroupingAccuracy.of(predicted, eventIds);
    }

    /** Grouping accuracy of the batch miner splitting on columns of up to {@code splitValues} words. */
    public double batchAccuracy(int splitValues, List<String> lines) {
        MinedBatch mined = BatchTemplateMiner.mine(lines, splitValues);
        List<Long> predicted = new ArrayList<>(eventIds.size());
        for (int i = 0; i < lines.size(); i++) predicted.add(mined.templateOf(i).id());
        return GroupingAccuracy.of(predicted, eventIds);
    }

    public static LoghubSample load(Path root, String name) throws IOException {
        Path dir = root.resolve(name);
        List<String> raw = Files.readAllLines(dir.resolve(name + "_2k.log"), StandardCharsets.UTF_8);
        List<String> contents = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        try (BufferedReader in =
                Files.newBufferedReader(dir.resolve(name + "_2k.log_structured.csv"), StandardCharsets.UTF_8)) {
            List<String> header = CsvRows.next(in);
            int content = header.indexOf("Content");
            int eventId = header.indexOf("EventId");
            if (content < 0 || eventId < 0) throw new IOException(name + ": structured CSV lacks Content/EventId");
            for (List<String> row = CsvRows.next(in); row != null; row = CsvRows.next(in)) {
                contents.add(row.get(content));
                ids.add(row.get(eventId));
            }
        }
        while (!raw.isEmpty() && raw.get(raw.size() - 1).isEmpty()) raw.remove(raw.size() - 1);
        if (raw.size() != ids.size()) {
            throw new IOException(name + ": " + raw.size() + " log lines but " + ids.size() + " labelled rows");
        }
        return new LoghubSample(name, raw, contents, ids);
    }
}
