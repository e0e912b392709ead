package dev.firebreak.slack.commands;

import dev.firebreak.command.IncidentCommand;
import dev.firebreak.slack.DeclareModal;
import jakarta.inject.Singleton;

/** {@code declare} with no text: the declare form. */
@Singleton
class OpenDeclareFormHandler implements CommandHandler<IncidentCommand.OpenDeclareForm> {
    private final DeclareModal declareModal;

    OpenDeclareFormHandler(DeclareModal declareModal) {
        this.declareModal = declareModal;
    }

    @Override
    public Class<IncidentCommand.OpenDeclareForm> type() {
        return IncidentCommand.OpenDeclareForm.class;
    }

    @Override
    public boolean inIncident() {
        return false;
    }

    @Override
    public String handle(IncidentCommand.OpenDeclareForm c, CommandCall call) {
        declareModal.open(call.triggerId(), call.channelId());
        return "";
    }
}
