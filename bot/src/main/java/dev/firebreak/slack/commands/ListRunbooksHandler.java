package dev.firebreak.slack.commands;

import dev.firebreak.command.IncidentCommand;
import dev.firebreak.slack.RunbookInteractions;
import jakarta.inject.Singleton;

/** {@code runbooks}: those this user may run. */
@Singleton
class ListRunbooksHandler implements CommandHandler<IncidentCommand.ListRunbooks> {
    private final RunbookInteractions runbooks;

    ListRunbooksHandler(RunbookInteractions runbooks) {
        this.runbooks = runbooks;
    }

    @Override
    public Class<IncidentCommand.ListRunbooks> type() {
        return IncidentCommand.ListRunbooks.class;
    }

    @Override
    public String handle(IncidentCommand.ListRunbooks c, CommandCall call) {
        return runbooks.list(call.userId());
    }
}
