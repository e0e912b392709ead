package dev.firebreak.slack.commands;

import dev.firebreak.command.IncidentCommand;
import jakarta.inject.Singleton;

/** A command that could not be understood: the parser's reason. */
@Singleton
class InvalidHandler implements CommandHandler<IncidentCommand.Invalid> {
    @Override
    public Class<IncidentCommand.Invalid> type() {
        return IncidentCommand.Invalid.class;
    }

    @Override
    public boolean inIncident() {
        return false;
    }

    @Override
    public String handle(IncidentCommand.Invalid c, CommandCall call) {
        return ":warning: " + c.message();
    }
}
