package dev.firebreak.console;

import dev.firebreak.diagnostics.RunbookRun;
import dev.firebreak.diagnostics.StepResult;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.Participant;
import dev.firebreak.incident.Role;
import dev.firebreak.incident.TimelineEntry;
import dev.firebreak.postmortem.CorrectiveAction;
import dev.firebreak.summary.LlmExchange;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Map;

/** Everything the incident page shows, read once per request. */
public record IncidentPage(
        Incident incident,
        Map<Role, String> roles,
        List<Participant> participants,
        List<TimelineEntry> timeline,
        long lastEntryId,
        List<Run> runs,
        List<TimelineEntry> summaries,
        List<LlmExchange> exchanges,
        Links links,
        List<Action> actions) {

    public record Run(RunbookRun run, List<StepResult> steps) {}

    public record Action(CorrectiveAction action, boolean overdue, @Nullable String url) {}

    /** Where the incident lives elsewhere; each is null when unknown. */
    public record Links(@Nullable String slack, @Nullable String pager, @Nullable String postmortemKey,
            @Nullable String postmortem) {}
}
