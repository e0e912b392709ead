package dev.firebreak.slack.commands;

import dev.firebreak.command.HelpText;
import dev.firebreak.command.IncidentCommand;
import dev.firebreak.integrations.slack.SlackText;
import jakarta.inject.Singleton;

/** A verb we do not know: say so, with the help. */
@Singleton
class UnknownHandler implements CommandHandler<IncidentCommand.Unknown> {
    @Override
    public Class<IncidentCommand.Unknown> type() {
        return IncidentCommand.Unknown.class;
    }

    @Override
    public boolean inIncident() {
        return false;
    }

    @Override
    public String handle(IncidentCommand.Unknown c, CommandCall call) {
        return "Unknown command `" + SlackText.escape(c.verb()) + "`.\n" + HelpText.TEXT;
    }
}
