package dev.firebreak.slack.commands;

import dev.firebreak.command.IncidentCommand;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.TimelineSource;
import jakarta.inject.Singleton;

/** {@code resolve}. */
@Singleton
class ResolveHandler implements CommandHandler<IncidentCommand.Resolve> {
    private final IncidentService incidents;

    ResolveHandler(IncidentService incidents) {
        this.incidents = incidents;
    }

    @Override
    public Class<IncidentCommand.Resolve> type() {
        return IncidentCommand.Resolve.class;
    }

    @Override
    public String handle(IncidentCommand.Resolve c, CommandCall call) {
        incidents.resolve(call.incident(), call.userId(), TimelineSource.SLASH_COMMAND);
        return ":white_check_mark: Resolved incident #" + call.incident().id() + ".";
    }
}
