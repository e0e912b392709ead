package dev.firebreak.slack.commands;

import dev.firebreak.command.IncidentCommand;
import dev.firebreak.slack.SlackMarkup;
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
        // the message may quote what was typed: escaped, our mentions kept
        return SlackMarkup.warning(c.message()).mrkdwn();
    }
}
