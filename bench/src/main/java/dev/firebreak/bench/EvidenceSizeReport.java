package dev.firebreak.bench;

import dev.firebreak.integrations.kubernetes.Redactor;
import dev.firebreak.logs.IncidentWindow;
import dev.firebreak.logs.MinerConfig;
import dev.firebreak.logs.TemplateMiner;
import dev.firebreak.logs.TemplateRanking;
import dev.firebreak.summary.Evidence;
import dev.firebreak.summary.PromptEvidence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How much of a workload's raw logs reaches the language model: each Loghub 2k log stands in for a workload's
 * logs, is mined into templates as a summary does (top 8), and rendered as prompt evidence under the default budget.
 * Usage: EvidenceSizeReport DATASET_DIR [tokenBudget=3000]
 */
public final class EvidenceSizeReport {
    private static final int TOP_TEMPLATES = 8;

    private EvidenceSizeReport() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/datasets/loghub-2k");
        int budget = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        PromptEvidence prompt = new PromptEvidence(new Redactor()::redact);
        System.out.printf("%-10s %12s %12s %10s %8s%n", "dataset", "raw bytes", "prompt bytes", "ratio", "tokens~");
        long rawTotal = 0;
        long promptTotal = 0;
        List<Path> logs;
        try (var files = Files.list(dir)) {
            logs = files.filter(Files::isDirectory).sorted().collect(Collectors.toList());
        }
        for (Path d : logs) {
            Path log = d.resolve(d.getFileName() + "_2k.log");
            if (!Files.isRegularFile(log)) {
                continue;
            }
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            TemplateMiner miner = new TemplateMiner(MinerConfig.DEFAULT, IncidentWindow.NONE);
            lines.forEach(miner::add);
            List<Evidence.LogPattern> patterns = TemplateRanking.rank(miner).stream().limit(TOP_TEMPLATES)
                    .map(r -> new Evidence.LogPattern(r.template().count(), r.template().level().name(), r.template().template(), r.newInWindow()))
                    .collect(Collectors.toList());
            String text = prompt.evidence(new Evidence(d.getFileName().toString(), List.of(), patterns, List.of(), List.of(), List.of()), budget);
            long raw = Files.size(log);
            long sent = text.getBytes(StandardCharsets.UTF_8).length;
            rawTotal += raw;
            promptTotal += sent;
            System.out.printf("%-10s %12d %12d %9.1fx %8d%n", d.getFileName(), raw, sent, (double) raw / sent, sent / 4);
        }
        System.out.printf("%-10s %12d %12d %9.1fx%n", "total", rawTotal, promptTotal, (double) rawTotal / promptTotal);
    }
}
