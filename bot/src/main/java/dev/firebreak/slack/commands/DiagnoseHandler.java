package dev.firebreak.slack.commands;

import dev.firebreak.command.IncidentCommand;
import dev.firebreak.slack.RunbookInteractions;
import jakarta.inject.Singleton;

/** {@code diagnose [runbook key=value…]}: runs a runbook, or opens the picker. */
@Singleton
class DiagnoseHandler implements CommandHandler<IncidentCommand.Diagnose> {
    private final RunbookInteractions runbooks;

    DiagnoseHandler(RunbookInteractions runbooks) {
        this.runbooks = runbooks;
    }

    @Override
    public Class<IncidentCommand.Diagnose> type() {
        return IncidentCommand.Diagnose.class;
    }

    @Override
    public String handle(IncidentCommand.Diagnose c, CommandCall call) {
        if (c.runbookId() == null) {
            runbooks.openPicker(call.triggerId(), call.incident(), call.userId());
            return "";
        }
        return runbooks.start(call.incident(), c.runbookId(), c.arguments(), call.userId());
    }
}
