package dev.firebreak.slack.commands;

import dev.firebreak.command.IncidentCommand;
import dev.firebreak.postmortem.ActionService;
import dev.firebreak.postmortem.CorrectiveAction;
import jakarta.inject.Singleton;

/** {@code action add …}: a corrective action, filed in the tracker. */
@Singleton
class AddActionHandler implements CommandHandler<IncidentCommand.AddAction> {
    private final ActionService actions;

    AddActionHandler(ActionService actions) {
        this.actions = actions;
    }

    @Override
    public Class<IncidentCommand.AddAction> type() {
        return IncidentCommand.AddAction.class;
    }

    @Override
    public boolean changes(IncidentCommand.AddAction command) {
        return true;
    }

    @Override
    public String handle(IncidentCommand.AddAction c, CommandCall call) {
        CorrectiveAction saved =
                actions.add(call.incident(), c.text(), c.ownerUserId(), c.due(), c.priority(), call.userId());
        return ":clipboard: Recorded action #" + saved.id() + ". Its Jira issue follows in the channel.";
    }
}
