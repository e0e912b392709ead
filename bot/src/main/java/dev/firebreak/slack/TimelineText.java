package dev.firebreak.slack;

import dev.firebreak.incident.Incident;
import dev.firebreak.integrations.slack.SlackText;
import dev.firebreak.incident.TimelineEntry;
import jakarta.inject.Singleton;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Timeline and status as Slack mrkdwn. */
@Singleton
public class TimelineText {
    // Slack rejects message text over 40,000 characters; keep room for the header line.
    private static final int MAX_CHARS = 38_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    public String summary(Incident i) {
        return String.format("*#%d %s*\nSeverity *%s* · status *%s* · declared by %s at %s UTC",
                i.id(), SlackText.untrusted(i.title()).mrkdwn(), i.severity().label(), i.status().label(), SlackMarkup.mention(i.declaredBy()).mrkdwn(),
                TIME.format(i.createdAt()));
    }

    public String render(Incident incident, List<TimelineEntry> entries) {
        StringBuilder out = new StringBuilder("*Timeline of #" + incident.id() + " " + SlackText.untrusted(incident.title()).mrkdwn()
                + "* (UTC)\n");
        int start = out.length();
        for (int n = 0; n < entries.size(); n++) {
            TimelineEntry e = entries.get(n);
            String line = "`" + TIME.format(e.occurredAt()) + "` " + SlackMarkup.mention(e.actor()).mrkdwn() + " "
                    + SlackMarkup.keepingMentions(e.text()).mrkdwn() + "\n";
            if (out.length() + line.length() > MAX_CHARS) {
                out.append("_… ").append(entries.size() - n).append(" more entries: export with GET /api/incidents/")
                        .append(incident.id()).append("/timeline.md_");
                break;
            }
            out.append(line);
        }
        if (out.length() == start) {
            out.append("_empty_");
        }
        return out.toString();
    }
}
