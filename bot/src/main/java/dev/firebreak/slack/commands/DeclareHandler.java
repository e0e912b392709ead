package dev.firebreak.slack.commands;

import dev.firebreak.command.IncidentCommand;
import dev.firebreak.incident.Declaration;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.TimelineSource;
import jakarta.inject.Singleton;

/** {@code declare <title> [sev]}. */
@Singleton
class DeclareHandler implements CommandHandler<IncidentCommand.Declare> {
    private final IncidentService incidents;

    DeclareHandler(IncidentService incidents) {
        this.incidents = incidents;
    }

    @Override
    public Class<IncidentCommand.Declare> type() {
        return IncidentCommand.Declare.class;
    }

    @Override
    public boolean inIncident() {
        return false;
    }

    @Override
    public String handle(IncidentCommand.Declare c, CommandCall call) {
        Incident incident = incidents.declare(new Declaration(
                c.title(),
                c.severity(),
                null,
                null,
                call.userId(),
                call.channelId(),
                TimelineSource.SLASH_COMMAND,
                null,
                null,
                c.privateChannel()));
        return String.format(
                ":rotating_light: Declared %sincident #%d *%s* (%s). Opening its channel now.",
                c.privateChannel() ? "private " : "",
                incident.id(),
                incident.title(),
                incident.severity().label());
    }
}
