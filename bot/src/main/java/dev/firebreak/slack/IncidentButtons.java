package dev.firebreak.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentAccess;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.incident.RefusedException;
import dev.firebreak.incident.TimelineSource;
import dev.firebreak.integrations.slack.SlackHandlers;
import dev.firebreak.integrations.slack.SlackText;
import dev.firebreak.integrations.slack.SlackWebApi;
import jakarta.inject.Singleton;
import java.util.function.Consumer;

/**
 * The buttons on the pinned incident header (and the resolve confirmation). Each one changes the incident, so each
 * is for its responders only ({@link IncidentAccess}); a refusal is shown to the clicker alone and changes nothing.
 */
@Singleton
class IncidentButtons implements SlackHandlers {
    private final IncidentService incidents;
    private final IncidentAccess access;
    private final SlackWebApi slack;

    IncidentButtons(IncidentService incidents, IncidentAccess access, SlackWebApi slack) {
        this.incidents = incidents;
        this.access = access;
        this.slack = slack;
    }

    @Override
    public void register(App app) {
        app.blockAction(IncidentHeader.NEXT_STATUS_ACTION, this::nextStatus);
        app.blockAction(IncidentHeader.RESOLVE_ACTION, this::resolve);
        app.blockAction(IncidentHeader.TAKE_COMMAND_ACTION, this::takeCommand);
        app.blockAction(ResolveConfirmation.CANCEL_ACTION, (request, ctx) -> ctx.ack());
    }

    Response takeCommand(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload p = request.getPayload();
        onIncident(p, Long.parseLong(p.getActions().get(0).getValue()), (incident, user) -> {
            access.requireTakeCommand(incident, user);
            incidents.takeCommand(incident, user, TimelineSource.BUTTON);
        });
        return ctx.ack();
    }

    Response nextStatus(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload p = request.getPayload();
        String[] value = p.getActions().get(0).getValue().split(":");
        IncidentStatus next = IncidentStatus.valueOf(value[1]);
        onIncident(p, Long.parseLong(value[0]), (incident, user) -> change(incident, user, next, "Mark " + next.label()));
        return ctx.ack();
    }

    Response resolve(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload p = request.getPayload();
        onIncident(p, Long.parseLong(p.getActions().get(0).getValue()),
                (incident, user) -> change(incident, user, IncidentStatus.RESOLVED, "Resolve"));
        return ctx.ack();
    }

    private void change(Incident incident, String user, IncidentStatus status, String what) {
        access.requireChange(incident, user, what + " incident #" + incident.id());
        incidents.changeStatus(incident, status, user, TimelineSource.BUTTON);
    }

    private interface Click {
        void on(Incident incident, String user);
    }

    private void onIncident(BlockActionPayload p, long incidentId, Click click) {
        String user = p.getUser().getId();
        Consumer<SlackText> tell = text -> slack.postEphemeral(p.getChannel().getId(), user, text);
        incidents.find(incidentId).ifPresent(incident -> {
            try {
                click.on(incident, user);
            } catch (RefusedException e) {
                // Not a responder, or a stale header (someone else was quicker): say why nothing happened.
                tell.accept(RefusalText.of(e.refusal()));
            } catch (RuntimeException e) {
                tell.accept(RefusalText.unexpected("a header button on incident #" + incidentId, e));
            }
        });
    }
}
