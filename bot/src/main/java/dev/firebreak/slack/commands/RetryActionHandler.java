package dev.firebreak.slack.commands;

import dev.firebreak.command.IncidentCommand;
import dev.firebreak.postmortem.ActionService;
import dev.firebreak.postmortem.CorrectiveAction;
import jakarta.inject.Singleton;

/** {@code action retry <n>}: files an action the tracker refused, once the cause is fixed. */
@Singleton
class RetryActionHandler implements CommandHandler<IncidentCommand.RetryAction> {
    private final ActionService actions;

    RetryActionHandler(ActionService actions) {
        this.actions = actions;
    }

    @Override
    public Class<IncidentCommand.RetryAction> type() {
        return IncidentCommand.RetryAction.class;
    }

    @Override
    public boolean changes(IncidentCommand.RetryAction command) {
        return true;
    }

    @Override
    public String handle(IncidentCommand.RetryAction c, CommandCall call) {
        CorrectiveAction again = actions.fileAgain(call.incident(), c.actionId(), call.userId());
        return ":arrows_counterclockwise: Filing action #" + again.id()
                + " in Jira again. Its issue follows in the channel.";
    }
}
