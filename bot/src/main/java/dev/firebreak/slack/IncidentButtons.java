package dev.firebreak.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.incident.TimelineSource;
import dev.firebreak.integrations.slack.SlackHandlers;
import dev.firebreak.integrations.slack.SlackWebApi;
import jakarta.inject.Singleton;
import java.util.Optional;

/** The buttons on the pinned incident header. */
@Singleton
class IncidentButtons implements SlackHandlers {
    private final IncidentService incidents;
    private final SlackWebApi slack;

    IncidentButtons(IncidentService incidents, SlackWebApi slack) {
        this.incidents = incidents;
        this.slack = slack;
    }

    @Override
    public void register(App app) {
        app.blockAction(IncidentHeader.NEXT_STATUS_ACTION, this::nextStatus);
        app.blockAction(IncidentHeader.RESOLVE_ACTION, this::resolve);
        app.blockAction(IncidentHeader.TAKE_COMMAND_ACTION, this::takeCommand);
    }

    Response takeCommand(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload p = request.getPayload();
        String user = p.getUser().getId();
        incident(Long.parseLong(p.getActions().get(0).getValue())).ifPresent(i -> {
            try {
                incidents.takeCommand(i, user, TimelineSource.BUTTON);
            } catch (IllegalStateException e) {
                slack.postEphemeral(p.getChannel().getId(), user, SlackMarkup.warning(e.getMessage()));
            }
        });
        return ctx.ack();
    }

    Response nextStatus(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload p = request.getPayload();
        String[] value = p.getActions().get(0).getValue().split(":");
        incident(Long.parseLong(value[0])).ifPresent(i -> change(p, i, IncidentStatus.valueOf(value[1])));
        return ctx.ack();
    }

    Response resolve(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload p = request.getPayload();
        incident(Long.parseLong(p.getActions().get(0).getValue())).ifPresent(i -> change(p, i, IncidentStatus.RESOLVED));
        return ctx.ack();
    }

    private void change(BlockActionPayload p, Incident incident, IncidentStatus status) {
        String user = p.getUser().getId();
        try {
            incidents.changeStatus(incident, status, user, TimelineSource.BUTTON);
        } catch (IllegalStateException e) {
            // A stale header (someone else was quicker): say why nothing happened.
            slack.postEphemeral(p.getChannel().getId(), user, SlackMarkup.warning(e.getMessage()));
        }
    }

    private Optional<Incident> incident(long id) {
        return incidents.find(id);
    }
}
