package dev.firebreak.bench;

import dev.firebreak.integrations.kubernetes.ActionOutput;
import dev.firebreak.integrations.kubernetes.ActionRequest;
import dev.firebreak.integrations.kubernetes.ClusterActions;
import dev.firebreak.runbook.BoundParameters;
import dev.firebreak.runbook.Runbook;
import dev.firebreak.runbook.Step;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.LongSupplier;

/**
 * Runs a bound runbook's steps through {@link ClusterActions} in three ways: one after another, in waves (a step
 * waits for the whole wave before it), and chained on each step's own dependencies, as {@code RunbookRunner} does. At the action level only: no database,
 * no Slack posts between steps.
 */
final class RunbookSchedules {
    /** A step's output, wall time, and the API requests served while it ran (from the given counter). */
    record Timed(ActionOutput output, long nanos, long requests) {}

    private final ClusterActions actions;
    private final String cluster;
    private final Runbook runbook;
    private final BoundParameters bound;
    private final ExecutorService pool;
    private final List<List<Step>> waves;

    RunbookSchedules(ClusterActions actions, String cluster, Runbook runbook, BoundParameters bound,
            ExecutorService pool) {
        this.actions = actions;
        this.cluster = cluster;
        this.runbook = runbook;
        this.bound = bound;
        this.pool = pool;
        this.waves = waves(runbook.steps());
    }

    List<List<Step>> waves() {
        return waves;
    }

    /**
     * Each step alone, in wave order (so a step runs after those it depends on), timed one by one; {@code requests}
     * is read before and after each step.
     */
    Map<String, Timed> sequential(LongSupplier requests) {
        Map<String, Timed> timed = new LinkedHashMap<>();
        for (List<Step> wave : waves) {
            for (Step step : wave) {
                long served = requests.getAsLong();
                long start = System.nanoTime();
                ActionOutput out = run(step);
                long nanos = System.nanoTime() - start;
                timed.put(step.id(), new Timed(out, nanos, requests.getAsLong() - served));
            }
        }
        return timed;
    }

    /**
     * As {@code RunbookRunner.advance} schedules a run: every step whose dependencies are done is submitted to the
     * pool, the runner joins them all, then looks again. So a step waits for the whole wave before it, not just for
     * the steps it depends on. Returns the wall time in nanoseconds.
     */
    long runnerWaves() {
        long start = System.nanoTime();
        for (List<Step> wave : waves) {
            List<CompletableFuture<ActionOutput>> running = wave.stream()
                    .map(step -> CompletableFuture.supplyAsync(() -> run(step), pool)).toList();
            running.forEach(CompletableFuture::join);
        }
        return System.nanoTime() - start;
    }

    /** Each step starts as soon as the steps it depends on have finished. Returns the wall time in nanoseconds. */
    long dependencyChained() {
        long start = System.nanoTime();
        Map<String, CompletableFuture<ActionOutput>> futures = new LinkedHashMap<>();
        for (List<Step> wave : waves) {
            for (Step step : wave) {
                CompletableFuture<?>[] deps = step.dependsOn().stream().map(futures::get)
                        .toArray(CompletableFuture[]::new);
                futures.put(step.id(), CompletableFuture.allOf(deps).thenApplyAsync(ignored -> run(step), pool));
            }
        }
        CompletableFuture.allOf(futures.values().toArray(CompletableFuture[]::new)).join();
        return System.nanoTime() - start;
    }

    private ActionOutput run(Step step) {
        return actions.run(ActionRequest.of(cluster, step.action(), bound.argsFor(step.id())));
    }

    /** The steps grouped as the runner starts them when every step succeeds. */
    private List<List<Step>> waves(List<Step> steps) {
        List<List<Step>> result = new ArrayList<>();
        Set<String> done = new HashSet<>();
        List<Step> pending = new ArrayList<>(steps);
        while (!pending.isEmpty()) {
            List<Step> runnable = pending.stream().filter(s -> done.containsAll(s.dependsOn())).toList();
            if (runnable.isEmpty()) {
                throw new IllegalStateException("runbook " + runbook.id() + " has steps that can never run: "
                        + pending.stream().map(Step::id).toList());
            }
            result.add(runnable);
            runnable.forEach(s -> done.add(s.id()));
            pending.removeAll(runnable);
        }
        return result;
    }
}
