package dev.firebreak.bench;

import dev.firebreak.integrations.kubernetes.ActionOutput;
import dev.firebreak.integrations.kubernetes.ClusterActions;
import dev.firebreak.integrations.kubernetes.ClusterSettings;
import dev.firebreak.integrations.kubernetes.Clusters;
import dev.firebreak.integrations.kubernetes.Redactor;
import dev.firebreak.runbook.BoundParameters;
import dev.firebreak.runbook.ParameterBinder;
import dev.firebreak.runbook.Runbook;
import dev.firebreak.runbook.RunbookCatalog;
import dev.firebreak.runbook.Step;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.ToLongFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Wall time of the crash-loop runbook ({@code runbooks/crashloop.yaml}) over a namespace of crash-looping pods on
 * fabric8's mock API server with injected latency, against the sum of its steps run one after another. See
 * bench/README.md.
 */
public final class RunbookParallelismBench {
    private static final String CLUSTER = "bench";
    // The mock web server logs every request at INFO through java.util.logging; held so the level sticks.
    private static final Logger MOCK_SERVER_LOG = Logger.getLogger("io.fabric8.mockwebserver");

    private record Options(int latencyMs, int pods, int warmup, int rounds, int poolSize) {}

    /** One measured round: each step alone, then the whole runbook as the runner schedules it, then chained. */
    private record Round(Map<String, Long> stepNanos, Map<String, Long> stepRequests, long wavesNanos,
            long wavesRequests, long chainedNanos, long chainedRequests) {
        long sequentialNanos() {
            return stepNanos.values().stream().mapToLong(Long::longValue).sum();
        }

        long sequentialRequests() {
            return stepRequests.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private RunbookParallelismBench() {}

    public static void main(String[] args) throws Exception {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "bench-logback.xml");
        }
        MOCK_SERVER_LOG.setLevel(Level.WARNING);
        Options opts = parse(args);
        Path runbooks = BenchArgs.fromRootOrBench("runbooks/crashloop.yaml", "run from the repository root")
                .getParent();
        Runbook runbook = RunbookCatalog.load(runbooks).find("crashloop").orElseThrow();
        BoundParameters bound = ParameterBinder.bind(runbook,
                Map.of("namespace", CrashLoopingNamespace.NS, "deployment", CrashLoopingNamespace.DEPLOYMENT),
                Map.of());

        Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
        LatencyDispatcher dispatcher = new LatencyDispatcher(new KubernetesMixedDispatcher(responses));
        KubernetesMockServer server = new KubernetesMockServer(new Context(), new MockWebServer(), responses,
                dispatcher, false);
        server.init();
        ExecutorService pool = Executors.newFixedThreadPool(opts.poolSize());
        try (KubernetesClient client = server.createClient();
                ClusterActions actions = new ClusterActions(new Clusters(Map.of(CLUSTER, client)),
                        new ClusterSettings(null, Duration.ofSeconds(20), 500, 65536), new Redactor())) {
            CrashLoopingNamespace namespace = new CrashLoopingNamespace();
            namespace.seed(server, client, opts.pods());
            RunbookSchedules schedules = new RunbookSchedules(actions, CLUSTER, runbook, bound, pool);
            printHeader(opts, runbook, schedules, namespace);
            List<Integer> latencies = opts.latencyMs() == 0 ? List.of(0) : List.of(opts.latencyMs(), 0);
            for (int latencyMs : latencies) {
                dispatcher.latency(Duration.ofMillis(latencyMs));
                long undelayedBefore = dispatcher.undelayed();
                List<Round> rounds = new ArrayList<>();
                for (int i = 0; i < opts.warmup() + opts.rounds(); i++) {
                    Round round = round(schedules, dispatcher, namespace, i == 0);
                    if (i >= opts.warmup()) {
                        rounds.add(round);
                    }
                }
                print(latencyMs, rounds, dispatcher.undelayed() - undelayedBefore, opts.poolSize());
            }
        } finally {
            pool.shutdownNow();
            server.destroy();
        }
    }

    private static Round round(RunbookSchedules schedules, LatencyDispatcher dispatcher,
            CrashLoopingNamespace namespace, boolean check) {
        Map<String, Long> stepNanos = new LinkedHashMap<>();
        Map<String, Long> stepRequests = new LinkedHashMap<>();
        Map<String, ActionOutput> outputs = new LinkedHashMap<>();
        schedules.sequential(dispatcher::requests).forEach((step, timed) -> {
            stepNanos.put(step, timed.nanos());
            stepRequests.put(step, timed.requests());
            outputs.put(step, timed.output());
        });
        if (check) {
            namespace.check(outputs);
        }
        long before = dispatcher.requests();
        long waves = schedules.runnerWaves();
        long wavesRequests = dispatcher.requests() - before;
        before = dispatcher.requests();
        long chained = schedules.dependencyChained();
        long chainedRequests = dispatcher.requests() - before;
        return new Round(stepNanos, stepRequests, waves, wavesRequests, chained, chainedRequests);
    }

    private static void printHeader(Options opts, Runbook runbook, RunbookSchedules schedules,
            CrashLoopingNamespace namespace) {
        System.out.printf(Locale.ROOT, "runbook %s: steps %s; runner waves %s%n", runbook.id(),
                runbook.steps().stream().map(s -> s.id() + (s.dependsOn().isEmpty() ? "" : " (after "
                        + String.join(", ", s.dependsOn()) + ")")).collect(Collectors.joining(", ")),
                schedules.waves().stream().map(w -> w.stream().map(Step::id).collect(Collectors.joining(" + ")))
                        .collect(Collectors.joining(" | ")));
        System.out.printf(Locale.ROOT, "namespace %s: deployment %s, %d crash-looping pods, %d events, 2 ReplicaSets;"
                + " fabric8 mock API server (mixed mode), JDK HTTP client%n", CrashLoopingNamespace.NS,
                CrashLoopingNamespace.DEPLOYMENT, opts.pods(), namespace.events());
        System.out.printf(Locale.ROOT, "%d warm-up + %d measured rounds, medians; pool of %d threads; JVM %s, %d CPUs,"
                + " load average %.2f%n", opts.warmup(), opts.rounds(), opts.poolSize(),
                System.getProperty("java.vm.version"), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void print(int latencyMs, List<Round> rounds, long undelayed, int poolSize) {
        System.out.printf(Locale.ROOT, "%n== API latency %d ms on every answer%s ==%n", latencyMs,
                latencyMs == 0 ? "" : " (answers left undelayed: " + undelayed + ")");
        System.out.printf(Locale.ROOT, "%-44s %9s %9s %9s%n", "", "median ms", "requests", "speed-up");
        for (String step : rounds.get(0).stepNanos().keySet()) {
            System.out.printf(Locale.ROOT, "  step %-39s %9.1f %9d%n", step,
                    ms(median(rounds, r -> r.stepNanos().get(step))), rounds.get(0).stepRequests().get(step));
        }
        double sequential = ms(median(rounds, Round::sequentialNanos));
        double waves = ms(median(rounds, Round::wavesNanos));
        double chained = ms(median(rounds, Round::chainedNanos));
        System.out.printf(Locale.ROOT, "%-44s %9.1f %9d%n", "sequential (sum of the steps)", sequential,
                rounds.get(0).sequentialRequests());
        System.out.printf(Locale.ROOT, "%-44s %9.1f %9d %8.2fx%n", "in waves (pool of " + poolSize + ")",
                waves, rounds.get(0).wavesRequests(), sequential / waves);
        System.out.printf(Locale.ROOT, "%-44s %9.1f %9d %8.2fx%n", "runner schedule (each step when its deps end)",
                chained, rounds.get(0).chainedRequests(), sequential / chained);
        System.out.println("  rounds, ms (sequential / waves / runner; requests): " + rounds.stream()
                .map(r -> String.format(Locale.ROOT, "%.0f/%.0f/%.0f (%d/%d/%d)", ms(r.sequentialNanos()),
                        ms(r.wavesNanos()), ms(r.chainedNanos()), r.sequentialRequests(), r.wavesRequests(),
                        r.chainedRequests()))
                .collect(Collectors.joining(", ")));
    }

    private static long median(List<Round> rounds, ToLongFunction<Round> figure) {
        long[] values = rounds.stream().mapToLong(figure).sorted().toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static Options parse(String[] args) {
        int latencyMs = 50;
        int pods = 50;
        int warmup = 2;
        int rounds = 5;
        int poolSize = 6;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            String value = i + 1 < args.length ? args[++i] : null;
            switch (flag) {
                case "--latency-ms" -> latencyMs = BenchArgs.notNegative(flag, value);
                case "--pods" -> pods = BenchArgs.positive(flag, value);
                case "--warmup" -> warmup = BenchArgs.notNegative(flag, value);
                case "--rounds" -> rounds = BenchArgs.positive(flag, value);
                case "--pool" -> poolSize = BenchArgs.positive(flag, value);
                default -> throw new IllegalArgumentException("unknown option " + flag
                        + "; options: --latency-ms N, --pods N, --warmup N, --rounds N, --pool N");
            }
        }
        return new Options(latencyMs, pods, warmup, rounds, poolSize);
    }
}
