package dev.firebreak.bench;

import static dev.firebreak.bench.BenchArgs.notNegative;
import static dev.firebreak.bench.BenchArgs.positive;
import static dev.firebreak.bench.BenchArgs.required;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Command line of {@link WebhookToChannelBench}. */
record WebhookBenchOptions(Path jar, Path sample, long slackLatencyMillis, int alerts, long intervalMillis, int warmup,
        boolean storm, int stormNotifications, int stormGroups, int stormThreads, Duration drainTimeout,
        List<String> jvmArgs) {
    static final String SAMPLE = "testdata/samples/alertmanager/sample_v4_firing.constructed.json";
    static final String USAGE = "usage: WebhookToChannelBench [--jar bot/target/firebreak.jar] [--sample " + SAMPLE + "]"
            + " [--slack-latency-ms 100] [--alerts 100] [--interval-ms 200] [--warmup 10]"
            + " [--storm [--storm-notifications 500] [--storm-groups 20] [--storm-threads 8]]"
            + " [--drain-timeout-s 60 (storm: 300)] [--jvm-arg -Xmx256m ...]";

    static WebhookBenchOptions parse(String[] args) {
        Path jar = null;
        Path sample = null;
        long latency = 100;
        int alerts = 100;
        long interval = 200;
        int warmup = 10;
        boolean storm = false;
        int stormNotifications = 500;
        int stormGroups = 20;
        int stormThreads = 8;
        Integer drainSeconds = null;
        List<String> jvmArgs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (flag.equals("--storm")) {
                storm = true;
                continue;
            }
            switch (flag) {
                case "--jar": jar = Path.of(required(flag, value)); break;
                case "--sample": sample = Path.of(required(flag, value)); break;
                case "--slack-latency-ms": latency = notNegative(flag, value); break;
                case "--alerts": alerts = positive(flag, value); break;
                case "--interval-ms": interval = notNegative(flag, value); break;
                case "--warmup": warmup = notNegative(flag, value); break;
                case "--storm-notifications": stormNotifications = positive(flag, value); break;
                case "--storm-groups": stormGroups = positive(flag, value); break;
                case "--storm-threads": stormThreads = positive(flag, value); break;
                case "--drain-timeout-s": drainSeconds = positive(flag, value); break;
                case "--jvm-arg": jvmArgs.add(required(flag, value)); break;
                default: throw new IllegalArgumentException("unknown argument " + flag);
            }
            i++;
        }
        if (stormNotifications < stormGroups) {
            throw new IllegalArgumentException("--storm-notifications must be at least --storm-groups");
        }
        return new WebhookBenchOptions(jar != null ? jar : BenchArgs.defaultJar(),
                sample != null ? sample : BenchArgs.fromRootOrBench(SAMPLE, "pass --sample"),
                latency, alerts, interval, warmup, storm, stormNotifications, stormGroups, stormThreads,
                Duration.ofSeconds(drainSeconds != null ? drainSeconds : storm ? 300 : 60), List.copyOf(jvmArgs));
    }
}
