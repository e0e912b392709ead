package dev.firebreak.postmortem;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a postmortem says, assembled from what the bot recorded, with the narrative sections either drafted by
 * a language model or left "to be filled". Renderers (Markdown, Jira ADF) only lay it out.
 */
public record PostmortemDraft(
        long incidentId,
        String title,
        String severity,
        String status,
        Instant declaredAt,
        @Nullable Instant resolvedAt,
        String duration,
        @Nullable String channelName,
        List<Responder> responders,
        List<TimelineRow> timeline,
        List<DiagnosticRun> diagnostics,
        List<String> summaries,
        Narrative narrative,
        List<ActionLine> actions,
        String draftedBy,
        @Nullable String fallbackReason) {

    public static final String TO_BE_FILLED = "To be filled.";

    public record Responder(String userId, @Nullable String role) {}

    public record TimelineRow(Instant at, String actor, String kind, String text) {}

    public record DiagnosticRun(String runbook, String cluster, String status, String steps, Instant startedAt) {}

    public record ActionLine(String text, @Nullable String owner, @Nullable LocalDate due, @Nullable String priority,
            String status, @Nullable String issueKey) {}

    /** The sections people write in a postmortem; each list holds at least one line. */
    public record Narrative(String summary, String impact, List<String> rootCauses, List<String> contributingFactors,
            List<String> wentWell, List<String> wentBadly) {}

    PostmortemDraft withNarrative(Narrative n, String by, @Nullable String fallback) {
        return new PostmortemDraft(incidentId, title, severity, status, declaredAt, resolvedAt, duration, channelName,
                responders, timeline, diagnostics, summaries, n, actions, by, fallback);
    }
}
