package dev.firebreak.slack.commands;

import dev.firebreak.command.IncidentCommand;
import dev.firebreak.incident.IncidentAccess;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.slack.OpenIncidentsText;
import jakarta.inject.Singleton;

/** {@code list}: the open incidents this user may see, from anywhere. */
@Singleton
class ListOpenHandler implements CommandHandler<IncidentCommand.ListOpen> {
    private final IncidentService incidents;
    private final OpenIncidentsText text;
    private final IncidentAccess access;

    ListOpenHandler(IncidentService incidents, OpenIncidentsText text, IncidentAccess access) {
        this.access = access;
        this.incidents = incidents;
        this.text = text;
    }

    @Override
    public Class<IncidentCommand.ListOpen> type() {
        return IncidentCommand.ListOpen.class;
    }

    @Override
    public boolean inIncident() {
        return false;
    }

    @Override
    public String handle(IncidentCommand.ListOpen c, CommandCall call) {
        return text.render(incidents.openIncidents().stream()
                .filter(card -> access.canView(card.incident(), call.userId()))
                .toList());
    }
}
