package dev.firebreak.postmortem;

import dev.firebreak.incident.ChatText;
import dev.firebreak.incident.Chat;
import dev.firebreak.incident.ChatException;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reminds about open actions past their due date: a direct message to the owner and a line in the incident channel,
 * at most once a day per action. The reminder is marked before it is sent, so a crash costs one reminder, never
 * a flood of them.
 */
@Singleton
public class OverdueReminders {
    private static final Logger LOG = LoggerFactory.getLogger(OverdueReminders.class);
    static final Duration AT_MOST_EVERY = Duration.ofDays(1);

    private final CorrectiveActionRepository actions;
    private final IncidentService incidents;
    private final IssueTracker tracker;
    private final Chat chat;
    private final Clock clock;

    OverdueReminders(CorrectiveActionRepository actions, IncidentService incidents, IssueTracker tracker, Chat chat, Clock clock) {
        this.actions = actions;
        this.incidents = incidents;
        this.tracker = tracker;
        this.chat = chat;
        this.clock = clock;
    }

    /** Returns how many actions were reminded about. */
    public int remind() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        int sent = 0;
        for (CorrectiveAction a : actions.findDueForReminder(today, now.minus(AT_MOST_EVERY))) {
            actions.updateLastRemindedAt(a.id(), now);
            Incident incident = incidents.find(a.incidentId()).orElseThrow();
            ChatText what = ChatText.ours("Corrective action #" + a.id());
            what = (a.issueKey() == null ? what : what.then(" (").thenLink(tracker.browseUrl(a.issueKey()), a.issueKey()).then(")"))
                    .then(" was due " + a.dueDate() + " and is still open: ").thenOutside(a.text());
            if (a.ownerUserId() != null) {
                try {
                    chat.directMessage(a.ownerUserId(), ChatText.ours(":alarm_clock: ").then(what)
                            .then(" (incident #" + incident.id() + " ").thenOutside(incident.title()).then(")"));
                } catch (ChatException e) {
                    LOG.warn("Overdue reminder to {} for action {} failed: {}", a.ownerUserId(), a.id(), e.getMessage());
                }
            }
            incidents.tellChannel(incident, ChatText.ours(":alarm_clock: ").then(what).then(a.ownerUserId() == null
                    ? ChatText.ours(" It has no owner.") : ChatText.ours(" Owner: ").thenMention(a.ownerUserId()).then(".")));
            sent++;
        }
        return sent;
    }
}
