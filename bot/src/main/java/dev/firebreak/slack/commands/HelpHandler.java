package dev.firebreak.slack.commands;

import dev.firebreak.command.HelpText;
import dev.firebreak.command.IncidentCommand;
import jakarta.inject.Singleton;

/** {@code /incident help} (or nothing): the commands. */
@Singleton
class HelpHandler implements CommandHandler<IncidentCommand.Help> {
    @Override
    public Class<IncidentCommand.Help> type() {
        return IncidentCommand.Help.class;
    }

    @Override
    public boolean inIncident() {
        return false;
    }

    @Override
    public String handle(IncidentCommand.Help c, CommandCall call) {
        return HelpText.TEXT;
    }
}
