package dev.firebreak.bench;

import static dev.firebreak.bench.BenchArgs.positive;
import static dev.firebreak.bench.BenchArgs.required;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Command line of {@link SlashCommandAckBench}. */
record AckBenchOptions(Path jar, int requests, int warmup, long slackLatencyMillis, Duration drainTimeout,
        List<String> jvmArgs) {
    static final String USAGE = "usage: SlashCommandAckBench [--jar bot/target/firebreak.jar] [--requests 200]"
            + " [--warmup 50] [--slack-latency-ms 0] [--drain-timeout-s 60] [--jvm-arg -Xmx256m ...]";

    static AckBenchOptions parse(String[] args) {
        Path jar = null;
        int requests = 200;
        int warmup = 50;
        long latency = 0;
        long drainSeconds = 60;
        List<String> jvmArgs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--jar": jar = Path.of(required(args[i], value)); i++; break;
                case "--requests": requests = positive(args[i], value); i++; break;
                case "--warmup": warmup = Integer.parseInt(required(args[i], value)); i++; break;
                case "--slack-latency-ms": latency = Long.parseLong(required(args[i], value)); i++; break;
                case "--drain-timeout-s": drainSeconds = positive(args[i], value); i++; break;
                case "--jvm-arg": jvmArgs.add(required(args[i], value)); i++; break;
                default: throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        return new AckBenchOptions(jar != null ? jar : BenchArgs.defaultJar(), requests, warmup, latency,
                Duration.ofSeconds(drainSeconds), List.copyOf(jvmArgs));
    }
}
