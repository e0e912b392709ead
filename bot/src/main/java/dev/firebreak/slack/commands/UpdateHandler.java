package dev.firebreak.slack.commands;

import dev.firebreak.command.IncidentCommand;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.TimelineSource;
import jakarta.inject.Singleton;

/** {@code update <text>}: a status update, also announced. */
@Singleton
class UpdateHandler implements CommandHandler<IncidentCommand.Update> {
    private final IncidentService incidents;

    UpdateHandler(IncidentService incidents) {
        this.incidents = incidents;
    }

    @Override
    public Class<IncidentCommand.Update> type() {
        return IncidentCommand.Update.class;
    }

    @Override
    public boolean changes(IncidentCommand.Update command) {
        return true;
    }

    @Override
    public String handle(IncidentCommand.Update c, CommandCall call) {
        incidents.postUpdate(call.incident(), c.text(), call.userId(), TimelineSource.SLASH_COMMAND);
        return "Update posted.";
    }
}
