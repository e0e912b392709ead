package dev.firebreak.slack.commands;

import dev.firebreak.command.IncidentCommand;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.slack.SlackMarkup;
import jakarta.inject.Singleton;

/** {@code page @user|<escalation policy>}: more responders through PagerDuty. */
@Singleton
class PageHandler implements CommandHandler<IncidentCommand.Page> {
    private final IncidentService incidents;

    PageHandler(IncidentService incidents) {
        this.incidents = incidents;
    }

    @Override
    public Class<IncidentCommand.Page> type() {
        return IncidentCommand.Page.class;
    }

    @Override
    public boolean changes(IncidentCommand.Page command) {
        return true;
    }

    @Override
    public String handle(IncidentCommand.Page c, CommandCall call) {
        incidents.page(call.incident(), c.target(), call.userId());
        return ":pager: Paging " + SlackMarkup.keepingMentions(c.target().describe()).mrkdwn() + " through PagerDuty.";
    }
}
