package dev.firebreak.postmortem;

import dev.firebreak.diagnostics.RunbookRun;
import dev.firebreak.diagnostics.RunbookRunRepository;
import dev.firebreak.diagnostics.StepResultRepository;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.TimelineEntry;
import dev.firebreak.incident.TimelineKind;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The deterministic postmortem: facts from the incident, its responders, timeline, runbook runs, summaries and actions.
 * Root causes come from the summaries' likely cause; what people judge (went well or badly) is left to be filled.
 */
@Singleton
public class PostmortemAssembler {
    /** How {@code IncidentSummaries} records the cause in a SUMMARY entry. */
    private static final Pattern LIKELY_CAUSE = Pattern.compile("Likely cause: (.+?) \\(by ");

    private final IncidentService incidents;
    private final RunbookRunRepository runs;
    private final StepResultRepository steps;
    private final CorrectiveActionRepository actions;
    private final Clock clock;

    PostmortemAssembler(IncidentService incidents, RunbookRunRepository runs, StepResultRepository steps,
            CorrectiveActionRepository actions, Clock clock) {
        this.incidents = incidents;
        this.runs = runs;
        this.steps = steps;
        this.actions = actions;
        this.clock = clock;
    }

    public PostmortemDraft assemble(Incident incident) {
        List<TimelineEntry> entries = incidents.timeline(incident.id());
        List<String> summaries = entries.stream().filter(e -> e.kind() == TimelineKind.SUMMARY)
                .map(TimelineEntry::text).toList();
        return new PostmortemDraft(incident.id(), incident.title(), incident.severity().label(),
                incident.status().label(), incident.createdAt(), incident.resolvedAt(),
                human(incident.age(clock.instant())) + (incident.resolvedAt() == null ? " so far" : ""),
                incident.channelName(),
                incidents.participants(incident.id()).stream()
                        .map(p -> new PostmortemDraft.Responder(p.userId(), p.role() == null ? null : p.role().label()))
                        .toList(),
                entries.stream().map(e -> new PostmortemDraft.TimelineRow(e.occurredAt(), e.actor(),
                        e.kind().name().toLowerCase(java.util.Locale.ROOT), e.text())).toList(),
                diagnostics(incident.id()), summaries, deterministicNarrative(incident, summaries),
                actionLines(incident.id()), "template", null);
    }

    List<PostmortemDraft.ActionLine> actionLines(long incidentId) {
        return actions.findByIncidentIdOrderById(incidentId).stream()
                .map(a -> new PostmortemDraft.ActionLine(a.text(), a.ownerUserId(), a.dueDate(), a.priority(),
                        a.trackerStatus() != null ? a.status().label() + " (" + a.trackerStatus() + ")" : a.status().label(),
                        a.issueKey()))
                .toList();
    }

    private List<PostmortemDraft.DiagnosticRun> diagnostics(long incidentId) {
        List<PostmortemDraft.DiagnosticRun> result = new ArrayList<>();
        for (RunbookRun run : runs.findByIncidentIdOrderByStartedAt(incidentId)) {
            Map<String, Long> byStatus = new TreeMap<>(steps.findByRunIdOrderById(run.id()).stream()
                    .collect(Collectors.groupingBy(s -> s.status().name().toLowerCase(java.util.Locale.ROOT), Collectors.counting())));
            String stepText = byStatus.isEmpty() ? "no steps" : byStatus.entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
            result.add(new PostmortemDraft.DiagnosticRun(run.runbookId(), run.cluster(),
                    run.status().name().toLowerCase(java.util.Locale.ROOT), stepText, run.startedAt()));
        }
        return result;
    }

    private static PostmortemDraft.Narrative deterministicNarrative(Incident i, List<String> summaries) {
        List<String> causes = new ArrayList<>();
        for (String s : summaries) {
            Matcher m = LIKELY_CAUSE.matcher(s);
            if (m.find() && !causes.contains(m.group(1).strip())) {
                causes.add("Hypothesis from a summary: " + m.group(1).strip());
            }
        }
        return new PostmortemDraft.Narrative(
                i.severity().label() + " incident \"" + i.title() + "\", " + i.status().label() + ".",
                "Affected users, services and error rates during the impact window: to be filled.",
                causes.isEmpty() ? List.of(PostmortemDraft.TO_BE_FILLED) : causes,
                List.of(PostmortemDraft.TO_BE_FILLED), List.of(PostmortemDraft.TO_BE_FILLED),
                List.of(PostmortemDraft.TO_BE_FILLED));
    }

    static String human(java.time.Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        if (minutes < 60) {
            return minutes + "m";
        }
        return minutes / 60 + "h " + minutes % 60 + "m";
    }
}
