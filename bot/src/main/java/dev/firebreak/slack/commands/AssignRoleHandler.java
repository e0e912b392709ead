package dev.firebreak.slack.commands;

import dev.firebreak.command.IncidentCommand;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.TimelineSource;
import jakarta.inject.Singleton;

/** {@code role <role> @user}. */
@Singleton
class AssignRoleHandler implements CommandHandler<IncidentCommand.AssignRole> {
    private final IncidentService incidents;

    AssignRoleHandler(IncidentService incidents) {
        this.incidents = incidents;
    }

    @Override
    public Class<IncidentCommand.AssignRole> type() {
        return IncidentCommand.AssignRole.class;
    }

    @Override
    public boolean changes(IncidentCommand.AssignRole command) {
        return true;
    }

    @Override
    public String handle(IncidentCommand.AssignRole c, CommandCall call) {
        incidents.assignRole(call.incident(), c.role(), c.userId(), call.userId(), TimelineSource.SLASH_COMMAND);
        return "<@" + c.userId() + "> is now " + c.role().label() + ".";
    }
}
