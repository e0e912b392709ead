package dev.firebreak.slack.commands;

import dev.firebreak.command.IncidentCommand;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.TimelineSource;
import dev.firebreak.slack.TimelineText;
import jakarta.inject.Singleton;

/** {@code status [new status]}: shows the incident, or moves its status. */
@Singleton
class StatusHandler implements CommandHandler<IncidentCommand.Status> {
    private final IncidentService incidents;
    private final TimelineText timelineText;

    StatusHandler(IncidentService incidents, TimelineText timelineText) {
        this.incidents = incidents;
        this.timelineText = timelineText;
    }

    @Override
    public Class<IncidentCommand.Status> type() {
        return IncidentCommand.Status.class;
    }

    @Override
    public boolean changes(IncidentCommand.Status command) {
        return command.newStatus() != null;
    }

    @Override
    public String handle(IncidentCommand.Status c, CommandCall call) {
        if (c.newStatus() == null) {
            return timelineText.summary(call.incident());
        }
        Incident changed =
                incidents.changeStatus(call.incident(), c.newStatus(), call.userId(), TimelineSource.SLASH_COMMAND);
        return "Status is now *" + changed.status().label() + "*.";
    }
}
