package dev.firebreak.postmortem;

import dev.firebreak.incident.ChatText;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.TimelineKind;
import dev.firebreak.incident.TimelineSource;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Keeps each action's status in step with its tracker issue, from webhooks and from the periodic reconciliation that
 * catches the ones that never arrived (which also repairs lost links to the postmortem, see {@link LinkRepair}). When
 * the last open action of an incident is done, the channel and the timeline hear it once.
 */
@Singleton
public class ActionTracking {
    static final String ALL_DONE_KEY = "corrective-actions-all-done";

    private final CorrectiveActionRepository actions;
    private final IncidentService incidents;
    private final IssueTracker tracker;
    private final LinkRepair linkRepair;
    private final Clock clock;

    ActionTracking(CorrectiveActionRepository actions, IncidentService incidents, IssueTracker tracker,
            LinkRepair linkRepair, Clock clock) {
        this.actions = actions;
        this.incidents = incidents;
        this.tracker = tracker;
        this.linkRepair = linkRepair;
        this.clock = clock;
    }

    /** What the tracker says about one issue now; issues that are not actions are ignored. */
    public void issueChanged(String issueKey, @Nullable String statusName, boolean done, @Nullable Instant asOf) {
        for (CorrectiveAction a : actions.findByIssueKey(issueKey)) {
            apply(a, statusName, done, asOf);
        }
    }

    /**
     * Compares every action issue in the tracker with what we have, statuses and links to the postmortem; returns how
     * many statuses changed plus how many links were made.
     */
    public int reconcile() {
        if (!tracker.enabled()) {
            return 0;
        }
        Map<String, IssueTracker.TrackedIssue> byKey = tracker.actionIssues().stream()
                .collect(Collectors.toMap(IssueTracker.TrackedIssue::key, Function.identity(), (a, b) -> a));
        int changed = 0;
        for (CorrectiveAction a : actions.findAllOrderById()) {
            IssueTracker.TrackedIssue issue = a.issueKey() == null ? null : byKey.get(a.issueKey());
            if (issue != null && apply(a, issue.status(), issue.done(), issue.updated())) {
                changed++;
            }
        }
        return changed + linkRepair.repair(byKey);
    }

    private boolean apply(CorrectiveAction a, @Nullable String statusName, boolean done, @Nullable Instant asOf) {
        // Older news than what we have (a webhook delivered late, a search answered from a lagging index) changes nothing.
        if (asOf != null && a.trackerStatusAt() != null && asOf.isBefore(a.trackerStatusAt())) {
            return false;
        }
        Instant seenAt = asOf != null ? asOf : a.trackerStatusAt();
        ActionStatus status = done ? ActionStatus.DONE : ActionStatus.OPEN;
        String shown = statusName == null ? status.label() : statusName;
        if (a.status() == status && Objects.equals(a.trackerStatus(), shown)) {
            if (seenAt != null && !seenAt.equals(a.trackerStatusAt())) {
                actions.updateTrackerStatusAt(a.id(), seenAt);
            }
            return false;
        }
        actions.updateStatusAndTrackerStatusAndTrackerStatusAtAndUpdatedAt(a.id(), status, shown, seenAt, clock.instant());
        if (a.status() != status) {
            Incident incident = incidents.find(a.incidentId()).orElseThrow();
            String text = "Corrective action #" + a.id() + " (" + a.issueKey() + ") is " + (done ? "done" : "open again")
                    + ": " + a.text();
            incidents.recordSystem(a.incidentId(), TimelineKind.NOTE, text);
            incidents.tellChannel(incident, ChatText.ours(done ? ":heavy_check_mark: " : ":leftwards_arrow_with_hook: ").thenOutside(text));
            if (done) {
                announceIfAllDone(incident);
            }
        }
        return true;
    }

    private void announceIfAllDone(Incident incident) {
        // Read after the update above, so every stored status is current.
        List<CorrectiveAction> all = actions.findByIncidentIdOrderById(incident.id());
        if (all.isEmpty() || all.stream().anyMatch(x -> x.status() != ActionStatus.DONE)) {
            return;
        }
        String text = "All " + all.size() + " corrective actions of this incident are done.";
        if (incidents.recordOnce(incident, TimelineKind.NOTE, "firebreak", TimelineSource.SYSTEM, text, null, ALL_DONE_KEY)) {
            incidents.tellChannel(incident, ChatText.ours(":tada: " + text));
        }
    }

}
