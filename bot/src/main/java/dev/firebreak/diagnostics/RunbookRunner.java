package dev.firebreak.diagnostics;

import dev.firebreak.incident.ChatText;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.TimelineKind;
import dev.firebreak.incident.TimelineSource;
import dev.firebreak.runbook.BoundParameters;
import dev.firebreak.runbook.ParameterBinder;
import dev.firebreak.runbook.ParameterException;
import dev.firebreak.runbook.Runbook;
import dev.firebreak.runbook.RunbookCatalog;
import dev.firebreak.runbook.Step;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Advances a run: runs every step whose dependencies succeeded (independent steps in parallel), holds guarded steps
 * for approval, skips steps whose dependencies failed, posts each result in the run's thread, and closes the run
 * when nothing is left. A failing step is reported and the others carry on.
 */
@Singleton
public class RunbookRunner {
    private static final Set<StepStatus> DONE = EnumSet.of(StepStatus.OK, StepStatus.FAILED, StepStatus.SKIPPED,
            StepStatus.DENIED, StepStatus.EXPIRED);

    private final RunbookCatalog catalog;
    private final RunbookRunRepository runs;
    private final StepResultRepository results;
    private final IncidentService incidents;
    private final ClusterGateway clusters;
    private final RunbookThreads threads;
    private final StepReports reports;
    private final DiagnosticsSettings settings;
    private final Clock clock;
    private final ExecutorService pool;
    private final MeterRegistry meters;

    public RunbookRunner(RunbookCatalog catalog, RunbookRunRepository runs, StepResultRepository results,
            IncidentService incidents, ClusterGateway clusters, RunbookThreads threads, StepReports reports,
            DiagnosticsSettings settings, Clock clock, MeterRegistry meters) {
        this.catalog = catalog;
        this.runs = runs;
        this.results = results;
        this.incidents = incidents;
        this.clusters = clusters;
        this.threads = threads;
        this.reports = reports;
        this.settings = settings;
        this.clock = clock;
        this.pool = Executors.newFixedThreadPool(Math.max(1, settings.parallelSteps()));
        this.meters = meters;
    }

    public synchronized void advance(long runId) {
        RunbookRun run = runs.findById(runId).orElseThrow(() -> new IllegalStateException("no runbook run " + runId));
        if (run.finishedAt() != null) {
            return;
        }
        Runbook runbook = catalog.find(run.runbookId()).orElseThrow(() ->
                new IllegalStateException("runbook " + run.runbookId() + " is no longer in the catalog"));
        Incident incident = incidents.find(run.incidentId()).orElseThrow();
        String thread = thread(run, runbook, incident);
        BoundParameters bound = bind(runbook, run);
        // Each step starts as soon as its own dependencies are done, not when a whole wave is.
        Map<String, CompletableFuture<StepResult>> running = new HashMap<>();
        while (true) {
            Map<String, StepResult> byStep = byStep(runId);
            expire(run, byStep);
            boolean changed = false;
            for (Step step : runbook.steps()) {
                StepResult r = byStep.get(step.id());
                // Waiting without a message means the request never reached the channel: ask again.
                boolean unasked = r.status() == StepStatus.AWAITING_APPROVAL && r.approvalRef() == null;
                if ((r.status() != StepStatus.PENDING && !unasked) || running.containsKey(step.id())) {
                    continue;
                }
                if (step.dependsOn().stream().anyMatch(d -> DONE.contains(byStep.get(d).status()) && byStep.get(d).status() != StepStatus.OK)) {
                    results.update(withStatus(r, StepStatus.SKIPPED, "not run: a step it depends on did not succeed"));
                    changed = true;
                } else if (step.dependsOn().stream().allMatch(d -> byStep.get(d).status() == StepStatus.OK)) {
                    if (step.requiresApproval() && r.decidedBy() == null) {
                        askApproval(run, runbook, step, bound, incident, thread, r);
                    } else {
                        running.put(step.id(), CompletableFuture.supplyAsync(() -> runOne(run, step, bound, r), pool));
                    }
                }
            }
            if (running.isEmpty() && !changed) {
                break;
            }
            if (!running.isEmpty()) {
                CompletableFuture.anyOf(running.values().toArray(new CompletableFuture<?>[0])).join();
                for (Step step : runbook.steps()) {
                    CompletableFuture<StepResult> f = running.get(step.id());
                    if (f != null && f.isDone()) {
                        running.remove(step.id());
                        StepResult done = f.join();
                        results.update(done);
                        reports.post(incident.channelId(), thread, step, done);
                    }
                }
            }
        }
        closeIfDone(run, runbook, incident, thread);
    }

    private StepResult runOne(RunbookRun run, Step step, BoundParameters bound, StepResult pending) {
        try {
            ClusterGateway.StepOutput out = clusters.run(run.cluster(), step.action(), bound.argsFor(step.id()));
            return new StepResult(pending.id(), pending.runId(), pending.stepId(), StepStatus.OK,
                    String.join("\n", out.lines()), out.truncated(), out.took().toMillis(), pending.decidedBy(),
                    pending.decidedAt(), pending.approvalRef());
        } catch (ClusterFailure | IllegalArgumentException e) {
            return withStatus(pending, StepStatus.FAILED, e.getMessage());
        }
    }

    private void askApproval(RunbookRun run, Runbook runbook, Step step, BoundParameters bound, Incident incident,
            String thread, StepResult pending) {
        // Waiting before the buttons exist: an approver may click the moment the message lands.
        results.update(withStatus(pending, StepStatus.AWAITING_APPROVAL, null));
        String ref = threads.requestApproval(incident.channelId(), thread, new ApprovalRequest(run.id(), step.id(),
                runbook.title(), step.title(), step.action(), StoredParameters.describe(bound.argsFor(step.id())),
                run.requestedBy(), run.startedAt().plus(settings.approvalWindow())));
        results.updateApprovalRef(pending.id(), ref);
    }

    private void expire(RunbookRun run, Map<String, StepResult> byStep) {
        Instant now = clock.instant();
        if (!now.isBefore(run.startedAt().plus(settings.approvalWindow()))) {
            for (StepResult r : byStep.values()) {
                if (r.status() == StepStatus.AWAITING_APPROVAL && results.decide(run.id(), r.stepId(), StepStatus.EXPIRED, null, now) > 0) {
                    byStep.put(r.stepId(), withStatus(r, StepStatus.EXPIRED, null));
                }
            }
        }
        Incident incident = incidents.find(run.incidentId()).orElseThrow();
        for (StepResult r : byStep.values()) {
            if ((r.status() == StepStatus.DENIED || r.status() == StepStatus.EXPIRED || r.status() == StepStatus.PENDING)
                    && r.approvalRef() != null && r.output() == null) {
                String outcome = r.status() == StepStatus.PENDING ? ":white_check_mark: Approved by <@" + r.decidedBy() + ">"
                        : r.status() == StepStatus.DENIED ? ":no_entry: Denied by <@" + r.decidedBy() + ">" : ":hourglass: Expired";
                threads.closeApproval(incident.channelId(), r.approvalRef(), r.status() == StepStatus.PENDING
                        ? ChatText.ours(":white_check_mark: Approved by ").thenMention(r.decidedBy())
                        : r.status() == StepStatus.DENIED ? ChatText.ours(":no_entry: Denied by ").thenMention(r.decidedBy())
                        : ChatText.ours(":hourglass: Expired"));
                results.update(new StepResult(r.id(), r.runId(), r.stepId(), r.status(), outcome, false, r.tookMs(),
                        r.decidedBy(), r.decidedAt(), r.approvalRef()));
            }
        }
    }

    private void closeIfDone(RunbookRun run, Runbook runbook, Incident incident, String thread) {
        List<StepResult> all = results.findByRunIdOrderById(run.id());
        if (!all.stream().allMatch(r -> DONE.contains(r.status()))) {
            return;
        }
        long ok = all.stream().filter(r -> r.status() == StepStatus.OK).count();
        long failed = all.stream().filter(r -> r.status() == StepStatus.FAILED).count();
        RunStatus status = failed == 0 ? RunStatus.SUCCEEDED : ok == 0 ? RunStatus.FAILED : RunStatus.PARTIAL;
        Instant now = clock.instant();
        runs.updateStatusAndFinishedAt(run.id(), status, now);
        Counter.builder("firebreak.runbook.runs").description("Runbook runs finished, by runbook and outcome")
                .tag("runbook", runbook.id()).tag("outcome", status.name().toLowerCase()).register(meters).increment();
        String summary = String.format("Runbook %s (run %d) on %s finished %s: %d of %d steps ok, %d failed, %d not run, in %.1f s",
                runbook.id(), run.id(), run.cluster(), status.name().toLowerCase(), ok, all.size(), failed,
                all.size() - ok - failed, (now.toEpochMilli() - run.startedAt().toEpochMilli()) / 1000.0);
        incidents.recordOnce(incident, TimelineKind.DIAGNOSTIC, run.requestedBy(), TimelineSource.SYSTEM, summary, now,
                "run:" + run.id());
        threads.reply(incident.channelId(), thread, ChatText.ours(":checkered_flag: ").thenOutside(summary));
    }

    private String thread(RunbookRun run, Runbook runbook, Incident incident) {
        if (run.threadRef() != null) {
            return run.threadRef();
        }
        String ref = threads.startThread(incident.channelId(), ChatText.ours(":mag: ").thenMention(run.requestedBy())
                .then(" ran *").thenOutside(runbook.title()).then("* (`").thenOutside(runbook.id())
                .then("`, run " + run.id() + ") on `").thenOutside(run.cluster()).then("` with ")
                .thenOutside(StoredParameters.describe(StoredParameters.read(run.parameters()))).then(". Results in this thread."));
        runs.updateThreadRef(run.id(), ref);
        return ref;
    }

    private static BoundParameters bind(Runbook runbook, RunbookRun run) {
        try {
            return ParameterBinder.bind(runbook, StoredParameters.read(run.parameters()), Map.of());
        } catch (ParameterException e) {
            // The values were checked when the run started; failing now means the runbook changed underneath.
            throw new IllegalStateException("run " + run.id() + " no longer binds: " + e.getMessage(), e);
        }
    }

    private Map<String, StepResult> byStep(long runId) {
        return results.findByRunIdOrderById(runId).stream().collect(Collectors.toMap(StepResult::stepId, Function.identity()));
    }

    private static StepResult withStatus(StepResult r, StepStatus status, String output) {
        return new StepResult(r.id(), r.runId(), r.stepId(), status, output, false, r.tookMs(), r.decidedBy(),
                r.decidedAt(), r.approvalRef());
    }

    @PreDestroy
    void close() {
        pool.shutdownNow();
    }
}
