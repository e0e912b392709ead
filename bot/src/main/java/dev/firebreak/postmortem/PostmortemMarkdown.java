package dev.firebreak.postmortem;

import jakarta.inject.Singleton;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The postmortem draft as Markdown, for {@code GET /api/incidents/{id}/postmortem.md} and copying elsewhere. */
@Singleton
public class PostmortemMarkdown {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    public String render(PostmortemDraft d) {
        StringBuilder md = new StringBuilder();
        md.append("# Postmortem: incident #").append(d.incidentId()).append(" — ").append(inline(d.title())).append("\n\n");
        md.append("_Draft by ").append(d.draftedBy()).append(d.fallbackReason() == null ? "" : "; LLM not used: "
                + inline(d.fallbackReason())).append(". Blameless: describe systems and decisions, not people._\n\n");
        md.append("- Severity: ").append(d.severity()).append('\n');
        md.append("- Status: ").append(d.status()).append('\n');
        md.append("- Impact window: ").append(TIME.format(d.declaredAt())).append(" UTC → ")
                .append(d.resolvedAt() == null ? "not resolved yet" : TIME.format(d.resolvedAt()) + " UTC").append('\n');
        md.append("- Duration: ").append(d.duration()).append('\n');
        if (d.channelName() != null) {
            md.append("- Channel: #").append(d.channelName()).append('\n');
        }
        section(md, "Summary", List.of(d.narrative().summary()), false);
        section(md, "Impact", List.of(d.narrative().impact()), false);
        md.append("\n## Responders\n\n");
        if (d.responders().isEmpty()) {
            md.append("- None recorded.\n");
        }
        d.responders().forEach(r -> md.append("- ").append(r.userId()).append(r.role() == null ? "" : " (" + r.role() + ")").append('\n'));
        md.append("\n## Timeline (UTC)\n\n| Time | Who | What | Kind |\n|---|---|---|---|\n");
        d.timeline().forEach(r -> md.append("| ").append(TIME.format(r.at())).append(" | ").append(cell(r.actor()))
                .append(" | ").append(cell(r.text())).append(" | ").append(r.kind()).append(" |\n"));
        md.append("\n## Diagnostics\n\n");
        if (d.diagnostics().isEmpty()) {
            md.append("- No runbooks were run.\n");
        }
        d.diagnostics().forEach(r -> md.append("- `").append(r.runbook()).append("` on `").append(r.cluster()).append("`: ")
                .append(r.status()).append(" (").append(r.steps()).append(")\n"));
        section(md, "Summaries made during the incident", d.summaries().isEmpty() ? List.of("None.") : d.summaries(), true);
        section(md, "Root cause hypotheses", d.narrative().rootCauses(), true);
        section(md, "Contributing factors", d.narrative().contributingFactors(), true);
        section(md, "What went well", d.narrative().wentWell(), true);
        section(md, "What went badly", d.narrative().wentBadly(), true);
        md.append("\n## Corrective actions\n\n");
        if (d.actions().isEmpty()) {
            md.append("- None yet. Add them with `/incident action add \"<text>\" [@owner] [due:YYYY-MM-DD] [p1|p2|p3]`.\n");
        }
        d.actions().forEach(a -> md.append("- [").append(a.status().startsWith("done") ? "x" : " ").append("] ")
                .append(inline(a.text())).append(describe(a)).append('\n'));
        return md.toString();
    }

    static String describe(PostmortemDraft.ActionLine a) {
        StringBuilder s = new StringBuilder(" —");
        s.append(a.owner() == null ? " no owner" : " owner " + a.owner());
        if (a.due() != null) {
            s.append(", due ").append(a.due());
        }
        if (a.priority() != null) {
            s.append(", ").append(a.priority());
        }
        s.append(", ").append(a.status());
        s.append(a.issueKey() == null ? ", not in the tracker yet" : ", " + a.issueKey());
        return s.toString();
    }

    private static void section(StringBuilder md, String title, List<String> lines, boolean bullets) {
        md.append("\n## ").append(title).append("\n\n");
        lines.forEach(l -> md.append(bullets ? "- " : "").append(inline(l)).append('\n'));
    }

    private static String inline(String text) {
        return text.replace("\r", "").replace("\n", " ");
    }

    /** Table cells cannot hold pipes or line breaks. */
    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", "").replace("\n", "<br>");
    }
}
