package dev.firebreak.postmortem;

import dev.firebreak.incident.Mentions;
import java.time.LocalDate;
import java.util.List;

/** The answer to {@code /incident actions}: one line per action, with the status last seen in the tracker. */
public final class ActionListing {
    private ActionListing() {}

    public static String render(List<CorrectiveAction> actions, LocalDate today, IssueTracker tracker) {
        if (actions.isEmpty()) {
            return "No corrective actions yet. Add one with `/incident action add \"<text>\" [@owner] [due:YYYY-MM-DD] [p1|p2|p3]`.";
        }
        long done = actions.stream().filter(a -> a.status() == ActionStatus.DONE).count();
        StringBuilder text = new StringBuilder("*Corrective actions* (" + done + " of " + actions.size() + " done)");
        for (CorrectiveAction a : actions) {
            text.append("\n• #").append(a.id()).append(' ')
                    .append(a.status() == ActionStatus.DONE ? ":heavy_check_mark:" : a.overdue(today) ? ":alarm_clock: *overdue*" : ":white_circle:")
                    .append(' ').append(a.text())
                    .append(" — ").append(a.ownerUserId() == null ? "no owner" : Mentions.of(a.ownerUserId()));
            if (a.dueDate() != null) {
                text.append(", due ").append(a.dueDate());
            }
            if (a.priority() != null) {
                text.append(", ").append(a.priority());
            }
            text.append(", ").append(a.issueKey() == null ? "Jira issue pending"
                    : "<" + tracker.browseUrl(a.issueKey()) + "|" + a.issueKey() + ">"
                            + (a.trackerStatus() == null ? "" : " (" + a.trackerStatus() + ")"));
        }
        return text.toString();
    }
}
