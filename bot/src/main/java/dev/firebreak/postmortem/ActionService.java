package dev.firebreak.postmortem;

import dev.firebreak.incident.ChatText;
import dev.firebreak.incident.Chat;
import dev.firebreak.incident.ChatException;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.Mentions;
import dev.firebreak.incident.Refusal;
import dev.firebreak.incident.SecretMasking;
import dev.firebreak.incident.TimelineKind;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Records corrective actions and files each as a tracker issue. Everything checkable without the tracker (text, due
 * date, that the owner is a Slack user with an e-mail) is checked before anything is stored; the owner's tracker
 * account is looked up in the durable job, so a tracker outage delays the action instead of refusing it.
 */
@Singleton
public class ActionService {
    private static final String ADD = "Add a corrective action";
    private static final String RETRY = "File the action again";
    private final IncidentService incidents;
    private final CorrectiveActionRepository actions;
    private final PostmortemRepository postmortems;
    private final IssueTracker tracker;
    private final IdempotentCreate idempotent;
    private final PostmortemJobs jobs;
    private final Chat chat;
    private final SecretMasking masking;
    private final Clock clock;

    ActionService(IncidentService incidents, CorrectiveActionRepository actions, PostmortemRepository postmortems,
            IssueTracker tracker, IdempotentCreate idempotent, PostmortemJobs jobs, Chat chat, SecretMasking masking,
            Clock clock) {
        this.incidents = incidents;
        this.actions = actions;
        this.postmortems = postmortems;
        this.tracker = tracker;
        this.idempotent = idempotent;
        this.jobs = jobs;
        this.chat = chat;
        this.masking = masking;
        this.clock = clock;
    }

    /** @throws dev.firebreak.incident.RefusedException saying why; nothing is stored then */
    public CorrectiveAction add(Incident incident, String text, @Nullable String ownerUserId, @Nullable LocalDate due,
            @Nullable String priority, String actor) {
        if (!tracker.enabled()) {
            throw Refusal.notPossible(ADD, "Jira is not configured (set " + tracker.whatIsMissing()
                    + "), so the action was not recorded.", "Configure Jira and add it again.").exception();
        }
        if (text == null || text.isBlank()) {
            throw Refusal.invalid(ADD, "Say what should be done.",
                    "`/incident action add \"<text>\" [@owner] [due:YYYY-MM-DD] [p1|p2|p3]`").exception();
        }
        if (due != null && due.isBefore(today())) {
            throw Refusal.invalid(ADD, "The due date " + due + " is in the past.", "Give today or a later day.").exception();
        }
        if (ownerUserId != null && emailOf(ownerUserId).isEmpty()) {
            throw Refusal.invalid(ADD, Mentions.of(ownerUserId) + " has no e-mail address Slack will tell me, so "
                    + "I cannot find them in Jira.", "Pick another owner or leave the owner out.").exception();
        }
        Instant now = clock.instant();
        CorrectiveAction saved = actions.save(new CorrectiveAction(null, incident.id(), masking.mask(text.strip()), ownerUserId,
                due, priority, ActionStatus.OPEN, null, null, PostmortemService.label("action", incident.id()), null, null, null,
                null, actor, now, now, null));
        incidents.recordSystem(incident.id(), TimelineKind.NOTE, "Corrective action #" + saved.id() + " added by "
                + Mentions.of(actor) + ": " + saved.text());
        jobs.fileAction(saved.id());
        return saved;
    }

    /**
     * {@code /incident action retry}: files an action the tracker refused, once the cause is fixed. The usual job does
     * it, so a create whose answer was lost is still found by its label instead of made twice.
     * @throws dev.firebreak.incident.RefusedException saying why
     */
    public CorrectiveAction fileAgain(Incident incident, long actionId, String actor) {
        if (!tracker.enabled()) {
            throw Refusal.notPossible(RETRY, "Jira is not configured (set " + tracker.whatIsMissing() + ").", null).exception();
        }
        CorrectiveAction a = actions.findById(actionId).filter(found -> found.incidentId().equals(incident.id()))
                .orElseThrow(() -> Refusal.notFound(RETRY, "This incident has no action #" + actionId + ".",
                        "See `/incident actions`.").exception());
        if (a.issueKey() != null) {
            throw Refusal.notPossible(RETRY, "Action #" + actionId + " is already " + a.issueKey() + " in Jira.", null).exception();
        }
        incidents.recordSystem(incident.id(), TimelineKind.NOTE, "Filing corrective action #" + actionId + " again, asked by "
                + Mentions.of(actor));
        jobs.fileAction(actionId);
        return a;
    }

    /** The job: owner to tracker account, create (once), link to the postmortem if it exists. */
    public void file(long actionId) {
        CorrectiveAction a = actions.findById(actionId).orElseThrow(() -> new IllegalStateException("no action " + actionId));
        Incident incident = incidents.find(a.incidentId()).orElseThrow();
        Optional<String> postmortemKey = postmortems.findByIncidentId(a.incidentId()).map(Postmortem::issueKey);
        String key = a.issueKey() != null ? a.issueKey() : idempotent.earlierIssue(a.trackerLabel(), a.createAttemptedAt()).orElse(null);
        if (key == null) {
            Optional<String> account = a.ownerUserId() == null ? Optional.empty()
                    : emailOf(a.ownerUserId()).flatMap(tracker::accountIdForEmail);
            IssueTracker.ActionIssue issue = new IssueTracker.ActionIssue(incident.id(), incident.title(), a.text(),
                    account.orElse(null), a.dueDate(), a.priority(), postmortemKey.orElse(null));
            key = idempotent.create(a.createAttemptedAt(), at -> actions.updateCreateAttemptedAt(a.id(), at),
                    () -> tracker.createAction(issue, a.trackerLabel()));
            actions.updateIssueKeyAndUpdatedAt(a.id(), key, clock.instant());
            ChatText text = ChatText.ours(":white_check_mark: Action #" + a.id() + " is ").thenLink(tracker.browseUrl(key), key)
                    .then(".");
            incidents.tellChannel(incident, a.ownerUserId() != null && account.isEmpty() ? text.then(" ").thenMention(a.ownerUserId())
                    .then(" has no Jira account under their e-mail, so it is unassigned.") : text);
        } else if (a.issueKey() == null) {
            actions.updateIssueKeyAndUpdatedAt(a.id(), key, clock.instant());
        }
        // Read again: the postmortem may have been filed while this action was being created.
        String pmKey = postmortems.findByIncidentId(a.incidentId()).map(Postmortem::issueKey).orElse(null);
        if (pmKey != null) {
            linkOnce(actions, tracker, clock.instant(), a.id(), pmKey, key);
        }
    }

    /**
     * Links unless the other job already did. A failed link is released so the retry tries again; that retry cannot
     * duplicate a link the lost attempt made, because {@link IssueTracker#link} looks before it links. The claim is
     * still needed: the two jobs could both look, both see no link, and both make one. A claim that outlives its
     * process (stopped before the tracker call) is found and released by {@link LinkRepair}.
     *
     * @return true if this call made the link in the tracker
     */
    static boolean linkOnce(CorrectiveActionRepository actions, IssueTracker tracker, Instant claimedAt, long actionId,
            String postmortemKey, String actionKey) {
        if (actions.claimLink(actionId, postmortemKey, claimedAt) == 0) {
            return false;
        }
        try {
            return tracker.link(postmortemKey, actionKey);
        } catch (RuntimeException e) {
            actions.releaseLink(actionId);
            throw e;
        }
    }

    /** Jira refused the action for good (permissions, a field it rejects): say so where people will see it. */
    public void reportFailure(long actionId, String reason) {
        actions.findById(actionId).ifPresent(a -> incidents.find(a.incidentId()).ifPresent(i -> incidents.tellChannel(i, ChatText.outside(
                a.issueKey() == null
                        ? ":warning: Could not file action #" + actionId + " in Jira: " + reason + " It stays recorded here without an"
                                + " issue; once the cause is fixed, `/incident action retry " + actionId + "` files it again."
                        // Filed, but the link failed (a link type Jira does not know, say): the issue is there to be linked by hand.
                        : ":warning: Action #" + actionId + " is " + a.issueKey() + " in Jira, but linking it to the postmortem failed: "
                                + reason))));
    }

    public List<CorrectiveAction> of(long incidentId) {
        return actions.findByIncidentIdOrderById(incidentId);
    }

    /** {@code open}, {@code overdue}, {@code done} or null for all. */
    public List<CorrectiveAction> across(@Nullable String status) {
        if (status == null || status.isBlank()) {
            return actions.findAllOrderById();
        }
        switch (status) {
            case "open": return actions.findByStatusOrderById(ActionStatus.OPEN);
            case "done": return actions.findByStatusOrderById(ActionStatus.DONE);
            case "overdue": return actions.findByStatusOrderById(ActionStatus.OPEN).stream().filter(a -> a.overdue(today())).toList();
            default: throw Refusal.invalid("List actions", "`" + status + "` is not a status.", "Use open, overdue or done.")
                    .exception();
        }
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private Optional<String> emailOf(String userId) {
        try {
            return chat.emailOf(userId).filter(e -> !e.isBlank());
        } catch (ChatException e) {
            if (e.retryable()) {
                throw e;
            }
            return Optional.empty(); // user_not_found and the like: no such person
        }
    }
}
