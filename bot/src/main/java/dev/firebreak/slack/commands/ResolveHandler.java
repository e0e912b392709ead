package dev.firebreak.slack.commands;

import dev.firebreak.command.IncidentCommand;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.TimelineSource;
import dev.firebreak.slack.ResolveConfirmation;
import jakarta.inject.Singleton;

/** {@code resolve}; an incident from PagerDuty asks first, as resolving it resolves the page too. */
@Singleton
class ResolveHandler implements CommandHandler<IncidentCommand.Resolve> {
    private final IncidentService incidents;
    private final ResolveConfirmation confirmation;

    ResolveHandler(IncidentService incidents, ResolveConfirmation confirmation) {
        this.confirmation = confirmation;
        this.incidents = incidents;
    }

    @Override
    public Class<IncidentCommand.Resolve> type() {
        return IncidentCommand.Resolve.class;
    }

    @Override
    public boolean changes(IncidentCommand.Resolve command) {
        return true;
    }

    @Override
    public String handle(IncidentCommand.Resolve c, CommandCall call) {
        if (ResolveConfirmation.needed(call.incident())) {
            confirmation.ask(call.channelId(), call.userId(), call.incident());
            return "";
        }
        incidents.resolve(call.incident(), call.userId(), TimelineSource.SLASH_COMMAND);
        return ":white_check_mark: Resolved incident #" + call.incident().id() + ".";
    }
}
