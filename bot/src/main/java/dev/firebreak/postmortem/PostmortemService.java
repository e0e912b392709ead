package dev.firebreak.postmortem;

import dev.firebreak.incident.ChatText;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.Refusal;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.TimelineKind;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Drafts an incident's postmortem into the tracker: one issue per incident, created once and updated on every later
 * request. The idempotency label is stored before the first create, so a lost answer never leads to a second issue.
 */
@Singleton
public class PostmortemService {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final IncidentService incidents;
    private final PostmortemRepository postmortems;
    private final CorrectiveActionRepository actions;
    private final PostmortemAssembler assembler;
    private final PostmortemNarration narration;
    private final IssueTracker tracker;
    private final IdempotentCreate idempotent;
    private final PostmortemJobs jobs;
    private final Clock clock;

    PostmortemService(IncidentService incidents, PostmortemRepository postmortems, CorrectiveActionRepository actions,
            PostmortemAssembler assembler, PostmortemNarration narration, IssueTracker tracker, IdempotentCreate idempotent,
            PostmortemJobs jobs, Clock clock) {
        this.incidents = incidents;
        this.postmortems = postmortems;
        this.actions = actions;
        this.assembler = assembler;
        this.narration = narration;
        this.tracker = tracker;
        this.idempotent = idempotent;
        this.jobs = jobs;
        this.clock = clock;
    }

    /** Queues the draft; refuses before storing anything when there is no tracker to put it in. */
    public String request(Incident incident, String actor) {
        if (!tracker.enabled()) {
            throw Refusal.notPossible("Draft the postmortem", "Jira is not configured (set " + tracker.whatIsMissing()
                    + "), so there is nowhere to file the postmortem.", "The draft is still available as Markdown from "
                    + "`GET /api/incidents/" + incident.id() + "/postmortem.md`.").exception();
        }
        Postmortem pm = ensure(incident.id(), actor);
        jobs.publishPostmortem(incident.id());
        return pm.issueKey() == null
                ? ":memo: Drafting the postmortem in Jira; the link follows in the channel."
                : ":memo: Updating the postmortem " + pm.issueKey() + " with what the incident record holds now.";
    }

    /** The deterministic draft, as the Markdown export shows it (no model call on a read). */
    public Optional<PostmortemDraft> draft(long incidentId) {
        return incidents.find(incidentId).map(assembler::assemble);
    }

    /** The job: draft, then create or update the issue, then link the actions filed before it existed. */
    public void publish(long incidentId) {
        Incident incident = incidents.find(incidentId).orElseThrow(() -> new IllegalStateException("no incident " + incidentId));
        Postmortem pm = postmortems.findByIncidentId(incidentId).orElseThrow(() -> new IllegalStateException("no postmortem for " + incidentId));
        PostmortemDraft draft = narration.narrate(assembler.assemble(incident));
        String key = pm.issueKey() != null ? pm.issueKey() : idempotent.earlierIssue(pm.trackerLabel(), pm.createAttemptedAt()).orElse(null);
        boolean created = key == null;
        if (created) {
            key = idempotent.create(pm.createAttemptedAt(), at -> postmortems.updateCreateAttemptedAt(pm.id(), at),
                    () -> tracker.createPostmortem(draft, pm.trackerLabel()));
        } else {
            tracker.updatePostmortem(key, draft);
        }
        boolean firstTime = pm.issueKey() == null;
        postmortems.recordIssue(pm.id(), key, draft.draftedBy(), clock.instant());
        linkActions(incidentId, key);
        String how = draft.fallbackReason() != null ? " (template: " + draft.fallbackReason() + ")"
                : "template".equals(draft.draftedBy()) ? " (template)" : " (narrative drafted by " + draft.draftedBy() + ")";
        incidents.tellChannel(incident, ChatText.ours(":notebook: Postmortem " + (firstTime ? "drafted" : "updated") + ": ")
                .thenLink(tracker.browseUrl(key), key).thenOutside(how));
        if (firstTime) {
            incidents.recordSystem(incidentId, TimelineKind.NOTE, "Postmortem drafted in Jira as " + key);
        }
    }

    /**
     * With {@code firebreak.postmortem.on-resolve}, drafts the postmortem of every incident resolved in the last day
     * that has none yet. A sweep rather than a hook in resolving, so resolves from buttons, PagerDuty and Alertmanager
     * are all covered and a resolve during a tracker outage is not lost.
     */
    public int draftRecentlyResolved(PostmortemSettings settings) {
        if (!settings.onResolve() || !tracker.enabled()) {
            return 0;
        }
        java.util.List<Long> ids = postmortems.findResolvedWithoutPostmortem(clock.instant().minus(java.time.Duration.ofDays(1)));
        for (long id : ids) {
            ensure(id, "firebreak");
            jobs.publishPostmortem(id);
        }
        return ids.size();
    }

    private void linkActions(long incidentId, String postmortemKey) {
        for (CorrectiveAction a : actions.findByIncidentIdOrderById(incidentId)) {
            if (a.issueKey() != null && a.linkedTo() == null) {
                ActionService.linkOnce(actions, tracker, clock.instant(), a.id(), postmortemKey, a.issueKey());
            }
        }
    }

    /** Also used by the automatic draft on resolve: whoever comes first creates the row, the other finds it. */
    Postmortem ensure(long incidentId, String actor) {
        Optional<Postmortem> existing = postmortems.findByIncidentId(incidentId);
        if (existing.isPresent()) {
            return existing.get();
        }
        Instant now = clock.instant();
        try {
            return postmortems.save(new Postmortem(null, incidentId, label("pm", incidentId), null, null, actor, null, now, now));
        } catch (DataAccessException e) {
            return postmortems.findByIncidentId(incidentId).orElseThrow(() -> e);
        }
    }

    /** {@code firebreak-pm-<incident>-<random>}: unique per request, and random so no two installations collide. */
    static String label(String kind, long id) {
        byte[] bytes = new byte[5];
        RANDOM.nextBytes(bytes);
        return "firebreak-" + kind + "-" + id + "-" + HexFormat.of().formatHex(bytes);
    }
}
