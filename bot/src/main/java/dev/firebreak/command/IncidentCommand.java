package dev.firebreak.command;

import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.incident.PageTarget;
import dev.firebreak.incident.Role;
import dev.firebreak.incident.Severity;
import io.micronaut.core.annotation.Nullable;

/** One parsed {@code /incident} command. */
public sealed interface IncidentCommand {

    /** {@code declare} with no text: ask with a form. */
    record OpenDeclareForm() implements IncidentCommand {}

    /** {@code declare [--private] <title> [sev]}: a private incident is worked in a private channel, not announced. */
    record Declare(String title, Severity severity, boolean privateChannel) implements IncidentCommand {
        public Declare(String title, Severity severity) {
            this(title, severity, false);
        }
    }

    /** {@code status} alone shows the incident; with a status it moves it. */
    record Status(@Nullable IncidentStatus newStatus) implements IncidentCommand {}

    record ChangeSeverity(Severity severity) implements IncidentCommand {}

    record AssignRole(Role role, String userId) implements IncidentCommand {}

    record Update(String text) implements IncidentCommand {}

    /** {@code page @user} or {@code page <escalation policy>}. */
    record Page(PageTarget target) implements IncidentCommand {}

    record Note(String text) implements IncidentCommand {}

    record ShowTimeline() implements IncidentCommand {}

    /** The open incidents, from anywhere: what is burning right now. */
    record ListOpen() implements IncidentCommand {}

    record ListRunbooks() implements IncidentCommand {}

    /** {@code summarize [namespace[/workload]]}: without a target, where the incident's alert points. */
    record Summarize(@Nullable String namespace, @Nullable String workload) implements IncidentCommand {}

    /** {@code diagnose} alone opens the picker; with a runbook id it runs it with the given {@code key=value}s. */
    record Diagnose(String runbookId, java.util.Map<String, String> arguments) implements IncidentCommand {}

    record Resolve() implements IncidentCommand {}

    /** {@code postmortem}: draft it in Jira, or update the draft. */
    record Postmortem() implements IncidentCommand {}

    /** {@code action add "<text>" [@owner] [due:YYYY-MM-DD] [p1|p2|p3]}. */
    record AddAction(String text, @Nullable String ownerUserId, @Nullable java.time.LocalDate due, @Nullable String priority)
            implements IncidentCommand {}

    /** {@code actions}: the incident's corrective actions with their status. */
    record ListActions() implements IncidentCommand {}

    /** Files an action in the tracker again, after the tracker refused it and the cause was fixed. */
    record RetryAction(long actionId) implements IncidentCommand {}

    record Help() implements IncidentCommand {}

    record Unknown(String verb) implements IncidentCommand {}

    /** The text could not be understood; {@code message} says why and how to fix it. */
    record Invalid(String message) implements IncidentCommand {}
}
