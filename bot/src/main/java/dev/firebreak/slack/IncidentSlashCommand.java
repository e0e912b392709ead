package dev.firebreak.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import dev.firebreak.command.HelpText;
import dev.firebreak.command.IncidentCommand;
import dev.firebreak.command.IncidentCommandParser;
import dev.firebreak.incident.Declaration;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.RefusedException;
import dev.firebreak.incident.TimelineSource;
import dev.firebreak.integrations.slack.SlackApiError;
import dev.firebreak.integrations.slack.SlackHandlers;
import dev.firebreak.postmortem.ActionListing;
import dev.firebreak.postmortem.ActionService;
import dev.firebreak.postmortem.CorrectiveAction;
import dev.firebreak.postmortem.IssueTracker;
import dev.firebreak.postmortem.PostmortemService;
import dev.firebreak.summary.SummaryJobs;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /incident}. Each command is parsed, written to the database and answered in one go (milliseconds); Slack
 * calls it causes run afterwards as jobs, so the 3-second acknowledgement window is never at risk.
 */
@Singleton
class IncidentSlashCommand implements SlackHandlers {
    static final String COMMAND = "/incident";
    private static final Logger LOG = LoggerFactory.getLogger(IncidentSlashCommand.class);

    private final IncidentCommandParser parser = new IncidentCommandParser();
    private final IncidentService incidents;
    private final TimelineText timelineText;
    private final OpenIncidentsText openIncidentsText;
    private final DeclareModal declareModal;
    private final RunbookInteractions runbooks;
    private final SummaryJobs summaryJobs;
    private final PostmortemService postmortems;
    private final ActionService actions;
    private final IssueTracker tracker;

    IncidentSlashCommand(IncidentService incidents, TimelineText timelineText, OpenIncidentsText openIncidentsText,
            DeclareModal declareModal,
            RunbookInteractions runbooks, SummaryJobs summaryJobs, PostmortemService postmortems, ActionService actions,
            IssueTracker tracker) {
        this.postmortems = postmortems;
        this.actions = actions;
        this.tracker = tracker;
        this.incidents = incidents;
        this.timelineText = timelineText;
        this.openIncidentsText = openIncidentsText;
        this.declareModal = declareModal;
        this.runbooks = runbooks;
        this.summaryJobs = summaryJobs;
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
            return ctx.ack(RefusalText.of(e.refusal()));
        } catch (SlackApiError e) {
            LOG.warn("/incident {} failed: {}", p.getText(), e.getMessage());
            return ctx.ack(":warning: Slack refused `" + e.method() + "`: " + e.error());
        } catch (dev.firebreak.incident.ChatException e) {
            LOG.warn("/incident {} failed: {}", p.getText(), e.getMessage());
            return ctx.ack(":warning: Slack did not answer in time (" + e.code() + "); nothing was recorded. Try again.");
        } catch (RuntimeException e) {
            return ctx.ack(RefusalText.unexpected(COMMAND + " " + p.getText(), e));
        }
    }

    private String answer(IncidentCommand command, SlashCommandPayload p) {
        String user = p.getUserId();
        if (command instanceof IncidentCommand.Help) {
            return HelpText.TEXT;
        }
        if (command instanceof IncidentCommand.Unknown) {
            return "Unknown command `" + ((IncidentCommand.Unknown) command).verb() + "`.\n" + HelpText.TEXT;
        }
        if (command instanceof IncidentCommand.Invalid) {
            return ":warning: " + ((IncidentCommand.Invalid) command).message();
        }
        if (command instanceof IncidentCommand.OpenDeclareForm) {
            declareModal.open(p.getTriggerId(), p.getChannelId());
            return "";
        }
        if (command instanceof IncidentCommand.Declare) {
            IncidentCommand.Declare d = (IncidentCommand.Declare) command;
            Incident incident = incidents.declare(new Declaration(d.title(), d.severity(), null, null, user,
                    p.getChannelId(), TimelineSource.SLASH_COMMAND, null, null));
            return String.format(":rotating_light: Declared incident #%d *%s* (%s). Opening its channel now.",
                    incident.id(), incident.title(), incident.severity().label());
        }
        if (command instanceof IncidentCommand.ListOpen) {
            return openIncidentsText.render(incidents.openIncidents());
        }
        Optional<Incident> found = incidents.findByChannel(p.getChannelId());
        if (found.isEmpty()) {
            return ":warning: This is not an incident channel. Run this command in the incident's channel, "
                    + "or declare one with `/incident declare <title>`.";
        }
        return inIncident(command, found.get(), user, p.getTriggerId());
    }

    private String inIncident(IncidentCommand command, Incident incident, String user, String triggerId) {
        TimelineSource src = TimelineSource.SLASH_COMMAND;
        if (command instanceof IncidentCommand.Status) {
            IncidentCommand.Status s = (IncidentCommand.Status) command;
            if (s.newStatus() == null) {
                return timelineText.summary(incident);
            }
            Incident changed = incidents.changeStatus(incident, s.newStatus(), user, src);
            return "Status is now *" + changed.status().label() + "*.";
        }
        if (command instanceof IncidentCommand.ChangeSeverity) {
            Incident changed = incidents.changeSeverity(incident, ((IncidentCommand.ChangeSeverity) command).severity(), user, src);
            return "Severity is now *" + changed.severity().label() + "*.";
        }
        if (command instanceof IncidentCommand.AssignRole) {
            IncidentCommand.AssignRole r = (IncidentCommand.AssignRole) command;
            incidents.assignRole(incident, r.role(), r.userId(), user, src);
            return "<@" + r.userId() + "> is now " + r.role().label() + ".";
        }
        if (command instanceof IncidentCommand.Update) {
            incidents.postUpdate(incident, ((IncidentCommand.Update) command).text(), user, src);
            return "Update posted.";
        }
        if (command instanceof IncidentCommand.Note) {
            incidents.addNote(incident, ((IncidentCommand.Note) command).text(), user, src, null, null);
            return ":memo: Noted in the timeline.";
        }
        if (command instanceof IncidentCommand.Page) {
            IncidentCommand.Page page = (IncidentCommand.Page) command;
            incidents.page(incident, page.target(), user);
            return ":pager: Paging " + page.target().describe() + " through PagerDuty.";
        }
        if (command instanceof IncidentCommand.Summarize) {
            IncidentCommand.Summarize sum = (IncidentCommand.Summarize) command;
            summaryJobs.summarize(incident.id(), sum.namespace(), sum.workload(), user);
            return ":mag_right: Summarizing " + (sum.namespace() == null ? "where the alert points" : "`" + sum.namespace()
                    + (sum.workload() == null ? "" : "/" + sum.workload()) + "`") + "; the summary follows in the channel.";
        }
        if (command instanceof IncidentCommand.ListRunbooks) {
            return runbooks.list(user);
        }
        if (command instanceof IncidentCommand.Diagnose) {
            IncidentCommand.Diagnose d = (IncidentCommand.Diagnose) command;
            if (d.runbookId() == null) {
                runbooks.openPicker(triggerId, incident, user);
                return "";
            }
            return runbooks.start(incident, d.runbookId(), d.arguments(), user);
        }
        if (command instanceof IncidentCommand.ShowTimeline) {
            return timelineText.render(incident, incidents.timeline(incident.id()));
        }
        if (command instanceof IncidentCommand.Postmortem) {
            return postmortems.request(incident, user);
        }
        if (command instanceof IncidentCommand.AddAction) {
            IncidentCommand.AddAction a = (IncidentCommand.AddAction) command;
            CorrectiveAction saved = actions.add(incident, a.text(), a.ownerUserId(), a.due(), a.priority(), user);
            return ":clipboard: Recorded action #" + saved.id() + ". Its Jira issue follows in the channel.";
        }
        if (command instanceof IncidentCommand.RetryAction) {
            CorrectiveAction again = actions.fileAgain(incident, ((IncidentCommand.RetryAction) command).actionId(), user);
            return ":arrows_counterclockwise: Filing action #" + again.id() + " in Jira again. Its issue follows in the channel.";
        }
        if (command instanceof IncidentCommand.ListActions) {
            return ActionListing.render(actions.of(incident.id()), actions.today(), tracker);
        }
        if (command instanceof IncidentCommand.Resolve) {
            incidents.resolve(incident, user, src);
            return ":white_check_mark: Resolved incident #" + incident.id() + ".";
        }
        throw new UnsupportedOperationException("unhandled command " + command);
    }
}
