package dev.firebreak.slack.commands;

import dev.firebreak.command.IncidentCommand;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.TimelineSource;
import jakarta.inject.Singleton;

/** {@code sev <1-4>}. */
@Singleton
class ChangeSeverityHandler implements CommandHandler<IncidentCommand.ChangeSeverity> {
    private final IncidentService incidents;

    ChangeSeverityHandler(IncidentService incidents) {
        this.incidents = incidents;
    }

    @Override
    public Class<IncidentCommand.ChangeSeverity> type() {
        return IncidentCommand.ChangeSeverity.class;
    }

    @Override
    public boolean changes(IncidentCommand.ChangeSeverity command) {
        return true;
    }

    @Override
    public String handle(IncidentCommand.ChangeSeverity c, CommandCall call) {
        Incident changed =
                incidents.changeSeverity(call.incident(), c.severity(), call.userId(), TimelineSource.SLASH_COMMAND);
        return "Severity is now *" + changed.severity().label() + "*.";
    }
}
