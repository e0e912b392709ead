package dev.firebreak.diagnostics;

import dev.firebreak.incident.Chat;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.Refusal;
import dev.firebreak.incident.TimelineKind;
import dev.firebreak.incident.TimelineSource;
import dev.firebreak.runbook.Audience;
import dev.firebreak.runbook.BoundParameters;
import dev.firebreak.runbook.ParameterBinder;
import dev.firebreak.runbook.ParameterException;
import dev.firebreak.runbook.Runbook;
import dev.firebreak.runbook.RunbookAccess;
import dev.firebreak.runbook.RunbookCatalog;
import dev.firebreak.runbook.Step;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Starts runbook runs for an incident and takes approval decisions. Everything that can be refused is refused here,
 * before anything runs; the steps themselves run later as a job ({@link RunbookRunner}).
 */
@Singleton
public class DiagnosticsService {
    private static final String RUN = "Run a runbook";
    private static final String DECIDE = "Decide a runbook step";
    private final RunbookCatalog catalog;
    private final RunbookRunRepository runs;
    private final StepResultRepository steps;
    private final IncidentService incidents;
    private final ClusterGateway clusters;
    private final Chat chat;
    private final RunbookJobs jobs;
    private final DiagnosticsSettings settings;
    private final Clock clock;

    public DiagnosticsService(RunbookCatalog catalog, RunbookRunRepository runs, StepResultRepository steps,
            IncidentService incidents, ClusterGateway clusters, Chat chat, RunbookJobs jobs,
            DiagnosticsSettings settings, Clock clock) {
        this.catalog = catalog;
        this.runs = runs;
        this.steps = steps;
        this.incidents = incidents;
        this.clusters = clusters;
        this.chat = chat;
        this.jobs = jobs;
        this.settings = settings;
        this.clock = clock;
    }

    /** The runbooks {@code userId} may run. */
    public List<Runbook> runnableBy(String userId) {
        return catalog.all().stream().filter(r -> mayRun(r, userId)).collect(Collectors.toList());
    }

    public Runbook runbook(String id) {
        return catalog.find(id).orElseThrow(() -> Refusal.notFound("Run runbook `" + id + "`", unknown(id), null).exception());
    }

    /** Defaults a parameter form can show: values the incident's alert labels give. */
    public Map<String, String> incidentLabels(Incident incident) {
        return incidents.labels(incident.id());
    }

    public RunbookRun start(Incident incident, String runbookId, Map<String, String> given, String requestedBy) {
        if (!incident.status().isOpen()) {
            throw Refusal.notPossible(RUN, "Incident #" + incident.id() + " is resolved; diagnostics run on open incidents.", null).exception();
        }
        Runbook runbook = runbook(runbookId);
        if (!mayRun(runbook, requestedBy)) {
            throw Refusal.notAllowed("Run `" + runbook.id() + "`", "You may not run `" + runbook.id() + "`.", "Ask someone it lists under `allowed`.").exception();
        }
        BoundParameters bound;
        try {
            bound = ParameterBinder.bind(runbook, given, incidents.labels(incident.id()));
        } catch (ParameterException e) {
            throw Refusal.invalid("Run `" + runbook.id() + "`", e.getMessage(), "Nothing was run.").exception();
        }
        String cluster = bound.cluster().or(clusters::defaultCluster).orElseThrow(() ->
                Refusal.notPossible(RUN, "No cluster is configured (FIREBREAK_CLUSTERS / kubeconfig).", "Nothing was run.").exception());
        if (!clusters.clusters().contains(cluster) || !runbook.mayTarget(cluster)) {
            throw Refusal.notAllowed("Run `" + runbook.id() + "`", "Cluster `" + cluster + "` is not one `" + runbook.id()
                    + "` may run on; usable: " + String.join(", ", clusters.clusters()) + ".", "Nothing was run.").exception();
        }
        Instant now = clock.instant();
        RunbookRun run = runs.save(new RunbookRun(null, incident.id(), runbook.id(), requestedBy, cluster,
                StoredParameters.write(bound.values()), RunStatus.RUNNING, null, now, null));
        for (Step step : runbook.steps()) {
            steps.save(StepResult.pending(run.id(), step.id()));
        }
        incidents.recordOnce(incident, TimelineKind.DIAGNOSTIC, requestedBy, TimelineSource.SLASH_COMMAND,
                "Started runbook " + runbook.id() + " (run " + run.id() + ") on " + cluster + ": "
                        + StoredParameters.describe(bound.values()), null, null);
        jobs.advance(run.id(), now);
        if (runbook.hasGuardedSteps()) {
            // Whatever is still waiting for approval then expires, and the run is closed.
            jobs.advance(run.id(), now.plus(settings.approvalWindow()));
        }
        return run;
    }

    /** Approves or denies a guarded step; only someone the runbook lists, and not the requester. */
    public String decide(long runId, String stepId, String decidedBy, boolean approve) {
        RunbookRun run = runs.findById(runId).orElseThrow(() -> Refusal.notFound(DECIDE, "No runbook run " + runId + ".", null).exception());
        Runbook runbook = runbook(run.runbookId());
        Set<String> groups = groupsOf(runbook.approvers(), decidedBy);
        if (!RunbookAccess.mayApprove(runbook, decidedBy, groups, run.requestedBy())) {
            throw Refusal.notAllowed(DECIDE, decidedBy.equals(run.requestedBy())
                    ? "You asked for this step; someone else must approve it."
                    : "You are not an approver of `" + runbook.id() + "`.", null).exception();
        }
        Instant now = clock.instant();
        if (now.isAfter(run.startedAt().plus(settings.approvalWindow()))) {
            steps.decide(runId, stepId, StepStatus.EXPIRED, null, now);
            jobs.advance(runId, now);
            throw Refusal.notPossible(DECIDE, "This approval request expired.", "Run the runbook again if it is still needed.").exception();
        }
        StepStatus outcome = approve ? StepStatus.PENDING : StepStatus.DENIED;
        if (steps.decide(runId, stepId, outcome, decidedBy, now) == 0) {
            throw Refusal.notPossible(DECIDE, "This step was already decided.", null).exception();
        }
        Incident incident = incidents.find(run.incidentId()).orElseThrow();
        String text = (approve ? "Approved" : "Denied") + " step " + stepId + " of runbook " + run.runbookId()
                + " (run " + runId + ")";
        incidents.recordOnce(incident, TimelineKind.DIAGNOSTIC, decidedBy, TimelineSource.BUTTON, text, null, null);
        jobs.advance(runId, now);
        return text;
    }

    private boolean mayRun(Runbook runbook, String userId) {
        return RunbookAccess.mayRun(runbook, userId, groupsOf(runbook.allowed(), userId));
    }

    /** Only the groups the runbook names are looked up, and only when it names any. */
    private Set<String> groupsOf(Audience audience, String userId) {
        Set<String> groups = new HashSet<>();
        for (String group : audience.groups()) {
            if (chat.membersOfGroup(group).contains(userId)) {
                groups.add(group);
            }
        }
        return groups;
    }

    private String unknown(String id) {
        List<String> close = catalog.closest(id, 3);
        return "There is no runbook `" + id + "`." + (close.isEmpty() ? "" : " Did you mean " + close.stream()
                .map(c -> "`" + c + "`").collect(Collectors.joining(", ")) + "?") + " `/incident runbooks` lists them.";
    }
}
