package dev.firebreak.api;

import dev.firebreak.incident.Incident;
import dev.firebreak.incident.Participant;
import dev.firebreak.incident.TimelineEntry;
import jakarta.inject.Singleton;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The timeline as a Markdown document, for postmortems and hand-overs. */
@Singleton
class TimelineMarkdown {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    String render(Incident i, List<Participant> participants, List<TimelineEntry> entries) {
        StringBuilder md = new StringBuilder();
        md.append("# Incident #").append(i.id()).append(": ").append(escape(i.title())).append("\n\n");
        md.append("- Severity: ").append(i.severity().label()).append('\n');
        md.append("- Status: ").append(i.status().label()).append('\n');
        md.append("- Declared: ").append(TIME.format(i.createdAt())).append(" UTC by ").append(i.declaredBy()).append('\n');
        if (i.resolvedAt() != null) {
            md.append("- Resolved: ").append(TIME.format(i.resolvedAt())).append(" UTC\n");
        }
        if (i.channelName() != null) {
            md.append("- Channel: #").append(i.channelName()).append('\n');
        }
        md.append("\n## Responders\n\n");
        for (Participant p : participants) {
            md.append("- ").append(p.userId()).append(p.role() == null ? "" : " (" + p.role().label() + ")").append('\n');
        }
        md.append("\n## Timeline (UTC)\n\n| Time | Who | What | Source |\n|---|---|---|---|\n");
        for (TimelineEntry e : entries) {
            md.append("| ").append(TIME.format(e.occurredAt())).append(" | ").append(escape(e.actor())).append(" | ")
                    .append(escape(e.text())).append(" | ").append(e.source()).append(" |\n");
        }
        return md.toString();
    }

    /** Table cells cannot hold pipes or line breaks. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", "").replace("\n", "<br>");
    }
}
