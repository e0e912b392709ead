package dev.firebreak.slack.commands;

import dev.firebreak.command.IncidentCommand;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.slack.TimelineText;
import jakarta.inject.Singleton;

/** {@code timeline}. */
@Singleton
class ShowTimelineHandler implements CommandHandler<IncidentCommand.ShowTimeline> {
    private final IncidentService incidents;
    private final TimelineText timelineText;

    ShowTimelineHandler(IncidentService incidents, TimelineText timelineText) {
        this.incidents = incidents;
        this.timelineText = timelineText;
    }

    @Override
    public Class<IncidentCommand.ShowTimeline> type() {
        return IncidentCommand.ShowTimeline.class;
    }

    @Override
    public String handle(IncidentCommand.ShowTimeline c, CommandCall call) {
        return timelineText.render(
                call.incident(), incidents.timeline(call.incident().id()));
    }
}
