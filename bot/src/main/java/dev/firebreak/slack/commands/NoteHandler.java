package dev.firebreak.slack.commands;

import dev.firebreak.command.IncidentCommand;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.TimelineSource;
import jakarta.inject.Singleton;

/** {@code note <text>}: a line in the timeline. */
@Singleton
class NoteHandler implements CommandHandler<IncidentCommand.Note> {
    private final IncidentService incidents;

    NoteHandler(IncidentService incidents) {
        this.incidents = incidents;
    }

    @Override
    public Class<IncidentCommand.Note> type() {
        return IncidentCommand.Note.class;
    }

    @Override
    public String handle(IncidentCommand.Note c, CommandCall call) {
        incidents.addNote(call.incident(), c.text(), call.userId(), TimelineSource.SLASH_COMMAND, null, null);
        return ":memo: Noted in the timeline.";
    }
}
