package dev.firebreak.console;

import dev.firebreak.diagnostics.RunbookRunRepository;
import dev.firebreak.diagnostics.StepResultRepository;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.TimelineEntry;
import dev.firebreak.incident.TimelineKind;
import dev.firebreak.postmortem.ActionService;
import dev.firebreak.postmortem.Postmortem;
import dev.firebreak.postmortem.PostmortemRepository;
import dev.firebreak.summary.SummaryService;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;

/** Reads an incident and everything around it (runs, summaries, model exchanges, postmortem, actions). */
@Singleton
class IncidentPages {
    private final IncidentService incidents;
    private final RunbookRunRepository runs;
    private final StepResultRepository steps;
    private final SummaryService summaries;
    private final PostmortemRepository postmortems;
    private final ActionService actions;
    private final String jiraUrl;

    IncidentPages(IncidentService incidents, RunbookRunRepository runs, StepResultRepository steps,
            SummaryService summaries, PostmortemRepository postmortems, ActionService actions,
            @Value("${firebreak.jira.url:}") String jiraUrl) {
        this.incidents = incidents;
        this.runs = runs;
        this.steps = steps;
        this.summaries = summaries;
        this.postmortems = postmortems;
        this.actions = actions;
        this.jiraUrl = jiraUrl.endsWith("/") ? jiraUrl.substring(0, jiraUrl.length() - 1) : jiraUrl;
    }

    IncidentPage read(Incident incident) {
        long id = incident.id();
        List<TimelineEntry> timeline = incidents.timeline(id);
        long lastId = timeline.stream().mapToLong(TimelineEntry::id).max().orElse(0);
        List<IncidentPage.Run> runList = runs.findByIncidentIdOrderByStartedAt(id).stream()
                .map(r -> new IncidentPage.Run(r, steps.findByRunIdOrderById(r.id()))).toList();
        List<TimelineEntry> summaryEntries = timeline.stream().filter(e -> e.kind() == TimelineKind.SUMMARY).toList();
        String postmortemKey = postmortems.findByIncidentId(id).map(Postmortem::issueKey).orElse(null);
        LocalDate today = actions.today();
        List<IncidentPage.Action> actionList = actions.of(id).stream()
                .map(a -> new IncidentPage.Action(a, a.overdue(today), issueUrl(a.issueKey()))).toList();
        IncidentPage.Links links = new IncidentPage.Links(
                incident.channelId() == null ? null : "https://slack.com/app_redirect?channel=" + incident.channelId(),
                webLink(incident.externalUrl()), postmortemKey, issueUrl(postmortemKey));
        return new IncidentPage(incident, incidents.card(incident).roles(), incidents.participants(id), timeline,
                lastId, runList, summaryEntries, summaries.exchanges(id), links, actionList);
    }

    /** Only http(s) links from outside become links: a {@code javascript:} URL in a payload must not run here. */
    @Nullable
    static String webLink(@Nullable String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://")) ? url : null;
    }

    @Nullable
    private String issueUrl(@Nullable String key) {
        return key == null || jiraUrl.isBlank() ? null : jiraUrl + "/browse/" + key;
    }
}
