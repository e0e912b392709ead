package dev.firebreak.postmortem;

import dev.firebreak.incident.ChatText;
import java.time.LocalDate;
import java.util.List;

/** The answer to {@code /incident actions}: one line per action, with the status last seen in the tracker. */
public final class ActionListing {
    private ActionListing() {}

    public static ChatText render(List<CorrectiveAction> actions, LocalDate today, IssueTracker tracker) {
        if (actions.isEmpty()) {
            return ChatText.ours("No corrective actions yet. Add one with ")
                    .thenOutside("`/incident action add \"<text>\" [@owner] [due:YYYY-MM-DD] [p1|p2|p3]`.");
        }
        long done = actions.stream().filter(a -> a.status() == ActionStatus.DONE).count();
        ChatText text = ChatText.ours("*Corrective actions* (" + done + " of " + actions.size() + " done)");
        for (CorrectiveAction a : actions) {
            String mark = a.status() == ActionStatus.DONE ? ":heavy_check_mark:"
                    : a.overdue(today) ? ":alarm_clock: *overdue*" : ":white_circle:";
            // The action's words and Jira's status name come from people and Jira: shown as text, never markup.
            text = text.then("\n• #" + a.id() + " " + mark + " ").thenOutside(a.text()).then(" — ");
            text = a.ownerUserId() == null ? text.then("no owner") : text.thenMention(a.ownerUserId());
            if (a.dueDate() != null) {
                text = text.then(", due " + a.dueDate());
            }
            if (a.priority() != null) {
                text = text.then(", " + a.priority());
            }
            if (a.issueKey() == null) {
                text = text.then(", Jira issue pending");
            } else {
                text = text.then(", ").thenLink(tracker.browseUrl(a.issueKey()), a.issueKey());
                if (a.trackerStatus() != null) {
                    text = text.then(" (").thenOutside(a.trackerStatus()).then(")");
                }
            }
        }
        return text;
    }
}
