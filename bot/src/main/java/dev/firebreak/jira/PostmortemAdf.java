package dev.firebreak.jira;

import dev.firebreak.integrations.jira.Adf;
import dev.firebreak.postmortem.PostmortemDraft;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The postmortem draft as the Jira issue's description: headings per section, bullet lists, and the timeline as a
 * table. Long timelines and cells are cut, because Jira refuses descriptions past 32,767 characters; the full record
 * stays in the Markdown export.
 */
final class PostmortemAdf {
    static final int MAX_TIMELINE_ROWS = 80;
    static final int MAX_CELL = 280;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private PostmortemAdf() {}

    static Adf render(PostmortemDraft d) {
        List<Adf.Block> b = new ArrayList<>();
        b.add(Adf.paragraph(Adf.em("Draft by " + d.draftedBy() + (d.fallbackReason() == null ? "" : "; LLM not used: "
                + d.fallbackReason()) + ". Blameless: describe systems and decisions, not people.")));
        b.add(Adf.heading(2, "Overview"));
        List<String> overview = new ArrayList<>(List.of("Incident #" + d.incidentId() + ": " + d.title(),
                "Severity: " + d.severity(), "Status: " + d.status(),
                "Impact window: " + TIME.format(d.declaredAt()) + " UTC → "
                        + (d.resolvedAt() == null ? "not resolved yet" : TIME.format(d.resolvedAt()) + " UTC"),
                "Duration: " + d.duration()));
        if (d.channelName() != null) {
            overview.add("Channel: #" + d.channelName());
        }
        b.add(bullets(overview));
        b.add(Adf.heading(2, "Summary"));
        b.add(Adf.paragraph(d.narrative().summary()));
        b.add(Adf.heading(2, "Impact"));
        b.add(Adf.paragraph(d.narrative().impact()));
        b.add(Adf.heading(2, "Responders"));
        b.add(bullets(d.responders().stream().map(r -> r.userId() + (r.role() == null ? "" : " (" + r.role() + ")")).toList(),
                "None recorded."));
        b.add(Adf.heading(2, "Timeline (UTC)"));
        b.add(Adf.table(List.of("Time", "Who", "What", "Kind"), timelineRows(d)));
        if (d.timeline().size() > MAX_TIMELINE_ROWS) {
            b.add(Adf.paragraph(Adf.em((d.timeline().size() - MAX_TIMELINE_ROWS) + " later entries are in the Markdown export.")));
        }
        b.add(Adf.heading(2, "Diagnostics"));
        b.add(bullets(d.diagnostics().stream().map(r -> r.runbook() + " on " + r.cluster() + ": " + r.status()
                + " (" + r.steps() + ")").toList(), "No runbooks were run."));
        b.add(Adf.heading(2, "Summaries made during the incident"));
        b.add(bullets(d.summaries().stream().map(PostmortemAdf::cut).toList(), "None."));
        section(b, "Root cause hypotheses", d.narrative().rootCauses());
        section(b, "Contributing factors", d.narrative().contributingFactors());
        section(b, "What went well", d.narrative().wentWell());
        section(b, "What went badly", d.narrative().wentBadly());
        b.add(Adf.heading(2, "Corrective actions"));
        b.add(bullets(d.actions().stream().map(a -> a.text() + " — " + (a.issueKey() == null ? "not in Jira yet" : a.issueKey())
                + ", " + a.status() + (a.due() == null ? "" : ", due " + a.due())).toList(),
                "None yet: add them with /incident action add in the incident channel."));
        return Adf.doc(b);
    }

    private static List<List<String>> timelineRows(PostmortemDraft d) {
        return d.timeline().stream().limit(MAX_TIMELINE_ROWS)
                .map(r -> List.of(TIME.format(r.at()), r.actor(), cut(r.text()), r.kind())).toList();
    }

    private static void section(List<Adf.Block> b, String title, List<String> lines) {
        b.add(Adf.heading(2, title));
        b.add(bullets(lines, PostmortemDraft.TO_BE_FILLED));
    }

    private static Adf.Block bullets(List<String> lines) {
        return Adf.bulletList(lines.toArray(String[]::new));
    }

    /** ADF lists need at least one item. */
    private static Adf.Block bullets(List<String> lines, String whenEmpty) {
        return bullets(lines.isEmpty() ? List.of(whenEmpty) : lines);
    }

    private static String cut(String text) {
        return text.length() <= MAX_CELL ? text : text.substring(0, MAX_CELL - 1) + "…";
    }
}
