package dev.firebreak.slack.commands;

import dev.firebreak.command.IncidentCommand;
import dev.firebreak.postmortem.ActionListing;
import dev.firebreak.postmortem.ActionService;
import dev.firebreak.postmortem.IssueTracker;
import jakarta.inject.Singleton;

/** {@code actions}: the corrective actions and their status. */
@Singleton
class ListActionsHandler implements CommandHandler<IncidentCommand.ListActions> {
    private final ActionService actions;
    private final IssueTracker tracker;

    ListActionsHandler(ActionService actions, IssueTracker tracker) {
        this.actions = actions;
        this.tracker = tracker;
    }

    @Override
    public Class<IncidentCommand.ListActions> type() {
        return IncidentCommand.ListActions.class;
    }

    @Override
    public String handle(IncidentCommand.ListActions c, CommandCall call) {
        return ActionListing.render(actions.of(call.incident().id()), actions.today(), tracker);
    }
}
