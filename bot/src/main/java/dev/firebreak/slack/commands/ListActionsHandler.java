package dev.firebreak.slack.commands;

import dev.firebreak.command.IncidentCommand;
import dev.firebreak.postmortem.ActionListing;
import dev.firebreak.postmortem.ActionService;
import dev.firebreak.postmortem.IssueTracker;
import dev.firebreak.slack.SlackMarkup;
import jakarta.inject.Singleton;

/** {@code actions}: the corrective actions and their status. */
@Singleton
class ListActionsHandler implements CommandHandler<IncidentCommand.ListActions> {
    private final ActionService actions;
    private final IssueTracker tracker;
    private final SlackMarkup markup;

    ListActionsHandler(ActionService actions, IssueTracker tracker, SlackMarkup markup) {
        this.actions = actions;
        this.tracker = tracker;
        this.markup = markup;
    }

    @Override
    public Class<IncidentCommand.ListActions> type() {
        return IncidentCommand.ListActions.class;
    }

    @Override
    public String handle(IncidentCommand.ListActions c, CommandCall call) {
        return markup.render(ActionListing.render(actions.of(call.incident().id()), actions.today(), tracker))
                .mrkdwn();
    }
}
