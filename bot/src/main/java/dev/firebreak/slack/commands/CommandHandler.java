package dev.firebreak.slack.commands;

import dev.firebreak.command.IncidentCommand;

/**
 * Carries out one kind of {@link IncidentCommand} and answers with the text the user sees (empty: no answer).
 * Refuses with a {@link dev.firebreak.incident.RefusedException}.
 */
public interface CommandHandler<C extends IncidentCommand> {

    Class<C> type();

    /** Whether the command works on the incident of the channel it is typed in (most do). */
    default boolean inIncident() {
        return true;
    }

    /**
     * Whether this command changes the incident: then only its responders may run it (see
     * {@link dev.firebreak.incident.IncidentAccess}), and the refusal changes nothing.
     */
    default boolean changes(C command) {
        return false;
    }

    String handle(C command, CommandCall call);
}
