package dev.firebreak.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import dev.firebreak.command.IncidentCommand;
import dev.firebreak.command.IncidentCommandParser;
import dev.firebreak.incident.ChatException;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentAccess;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.RefusedException;
import dev.firebreak.integrations.slack.SlackApiError;
import dev.firebreak.integrations.slack.SlackHandlers;
import dev.firebreak.slack.commands.CommandCall;
import dev.firebreak.slack.commands.CommandHandler;
import dev.firebreak.slack.commands.CommandHandlers;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /incident}. Each command is parsed, written to the database and answered in one go (milliseconds); Slack
 * calls it causes run afterwards as jobs, so the 3-second acknowledgement window is never at risk. The work of each
 * command is its handler's; this class finds the incident, and renders refusals and failures.
 */
@Singleton
class IncidentSlashCommand implements SlackHandlers {
    static final String COMMAND = "/incident";
    private static final Logger LOG = LoggerFactory.getLogger(IncidentSlashCommand.class);

    private final IncidentCommandParser parser = new IncidentCommandParser();
    private final IncidentService incidents;
    private final CommandHandlers handlers;
    private final IncidentAccess access;

    IncidentSlashCommand(IncidentService incidents, CommandHandlers handlers, IncidentAccess access) {
        this.access = access;
        this.incidents = incidents;
        this.handlers = handlers;
    }

    @Override
    public void register(App app) {
        app.command(COMMAND, this::handle);
    }

    Response handle(SlashCommandRequest request, SlashCommandContext ctx) {
        SlashCommandPayload p = request.getPayload();
        try {
            return ctx.ack(answer(parser.parse(p.getText()), p));
        } catch (RefusedException e) {
            return ctx.ack(RefusalText.of(e.refusal()).mrkdwn());
        } catch (SlackApiError e) {
            LOG.warn("/incident {} failed: {}", p.getText(), e.getMessage());
            return ctx.ack(":warning: Slack refused `" + e.method() + "`: " + e.error());
        } catch (ChatException e) {
            LOG.warn("/incident {} failed: {}", p.getText(), e.getMessage());
            return ctx.ack(":warning: Slack did not answer in time (" + e.code() + "); nothing was recorded. Try again.");
        } catch (RuntimeException e) {
            return ctx.ack(RefusalText.unexpected(COMMAND + " " + p.getText(), e).mrkdwn());
        }
    }

    private <C extends IncidentCommand> String answer(C command, SlashCommandPayload p) {
        CommandHandler<C> handler = handlers.of(command);
        Incident incident = null;
        if (handler.inIncident()) {
            Optional<Incident> found = incidents.findByChannel(p.getChannelId());
            if (found.isEmpty()) {
                return ":warning: This is not an incident channel. Run this command in the incident's channel, "
                        + "or declare one with `/incident declare <title>`.";
            }
            incident = found.get();
        }
        if (incident != null && handler.changes(command)) {
            access.requireChange(incident, p.getUserId(), COMMAND + " " + p.getText().strip().split("\\s+", 2)[0]);
        }
        return handler.handle(command, new CommandCall(p.getUserId(), p.getChannelId(), p.getTriggerId(), incident));
    }
}
