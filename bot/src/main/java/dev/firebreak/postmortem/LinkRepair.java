package dev.firebreak.postmortem;

import dev.firebreak.incident.ChatText;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.TimelineKind;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Part of the reconciliation: links to the postmortem that the tracker's search does not show. Two kinds are made
 * (again): a claim left by a process that stopped between claiming and calling the tracker, once it is older than
 * {@link PostmortemSettings#linkRepairGrace()}; and an action never linked although its postmortem is filed, such as
 * one whose link the tracker refused before an operator fixed the cause. Works from the search the reconciliation
 * made anyway, so when every link is in place it calls the tracker no further.
 */
@Singleton
class LinkRepair {
    private static final Logger LOG = LoggerFactory.getLogger(LinkRepair.class);

    private final CorrectiveActionRepository actions;
    private final PostmortemRepository postmortems;
    private final IncidentService incidents;
    private final IssueTracker tracker;
    private final PostmortemSettings settings;
    private final Clock clock;

    LinkRepair(CorrectiveActionRepository actions, PostmortemRepository postmortems, IncidentService incidents,
            IssueTracker tracker, PostmortemSettings settings, Clock clock) {
        this.actions = actions;
        this.postmortems = postmortems;
        this.incidents = incidents;
        this.tracker = tracker;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * @param trackedByKey the action issues as the reconciliation's search returned them, by key
     * @return how many links were made
     */
    int repair(Map<String, IssueTracker.TrackedIssue> trackedByKey) {
        Map<Long, String> postmortemKeyByIncident = postmortems.findByIssueKeyIsNotNull().stream()
                .collect(Collectors.toMap(Postmortem::incidentId, Postmortem::issueKey));
        Instant staleBefore = clock.instant().minus(settings.linkRepairGrace());
        int repaired = 0;
        for (CorrectiveAction a : actions.findByIssueKeyIsNotNullOrderById()) {
            // A claim names the postmortem it is for; an unclaimed action is for its incident's, if that is filed.
            String postmortemKey = a.linkedTo() != null ? a.linkedTo() : postmortemKeyByIncident.get(a.incidentId());
            if (postmortemKey == null) {
                continue;
            }
            try {
                if (repairOne(a, trackedByKey.get(a.issueKey()), postmortemKey, staleBefore)) {
                    announce(a, postmortemKey);
                    repaired++;
                }
            } catch (RuntimeException e) {
                // One action's failure must not keep the others unlinked; the next pass tries it again.
                LOG.warn("Could not link action {} ({}) to its postmortem: {}", a.id(), a.issueKey(), e.getMessage());
            }
        }
        return repaired;
    }

    /** @return true if the link was made now */
    private boolean repairOne(CorrectiveAction a, @Nullable IssueTracker.TrackedIssue issue, String postmortemKey,
            Instant staleBefore) {
        if (a.linkedTo() == null) {
            return linkUnclaimed(a, issue, postmortemKey);
        }
        // Not in the search (created a moment ago, or past its bound): nothing says the link is missing.
        if (issue == null || issue.isLinkedTo(postmortemKey)) {
            return false;
        }
        boolean stale = a.linkClaimedAt() == null || a.linkClaimedAt().isBefore(staleBefore);
        if (!stale || actions.releaseStaleLink(a.id(), postmortemKey, staleBefore) == 0) {
            return false;
        }
        LOG.info("Action {} ({}) was claimed as linked to {} at {}, but the tracker shows no such link; linking it again",
                a.id(), a.issueKey(), postmortemKey, a.linkClaimedAt());
        return ActionService.linkOnce(actions, tracker, clock.instant(), a.id(), postmortemKey, a.issueKey());
    }

    private boolean linkUnclaimed(CorrectiveAction a, @Nullable IssueTracker.TrackedIssue issue, String postmortemKey) {
        if (issue != null && issue.isLinkedTo(postmortemKey)) {
            // Linked already (by hand, or by an attempt whose answer was lost): only our record lacks it.
            actions.claimLink(a.id(), postmortemKey, clock.instant());
            return false;
        }
        return ActionService.linkOnce(actions, tracker, clock.instant(), a.id(), postmortemKey, a.issueKey());
    }

    private void announce(CorrectiveAction a, String postmortemKey) {
        Incident incident = incidents.find(a.incidentId()).orElseThrow();
        String text = "Corrective action #" + a.id() + " (" + a.issueKey() + ") is now linked to the postmortem "
                + postmortemKey + ".";
        incidents.recordSystem(a.incidentId(), TimelineKind.NOTE, text);
        incidents.tellChannel(incident, ChatText.ours(":link: ").thenOutside(text));
    }
}
