package dev.firebreak.slack.commands;

import dev.firebreak.command.IncidentCommand;
import dev.firebreak.postmortem.PostmortemService;
import jakarta.inject.Singleton;

/** {@code postmortem}: drafts it in the tracker, or updates the draft. */
@Singleton
class PostmortemHandler implements CommandHandler<IncidentCommand.Postmortem> {
    private final PostmortemService postmortems;

    PostmortemHandler(PostmortemService postmortems) {
        this.postmortems = postmortems;
    }

    @Override
    public Class<IncidentCommand.Postmortem> type() {
        return IncidentCommand.Postmortem.class;
    }

    @Override
    public boolean changes(IncidentCommand.Postmortem command) {
        return true;
    }

    @Override
    public String handle(IncidentCommand.Postmortem c, CommandCall call) {
        return postmortems.request(call.incident(), call.userId());
    }
}
