package dev.firebreak.slack;

import static com.slack.api.model.block.Blocks.asBlocks;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import dev.firebreak.diagnostics.DiagnosticsService;
import dev.firebreak.diagnostics.RunbookRun;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.Refusal;
import dev.firebreak.incident.RefusedException;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.integrations.slack.SlackHandlers;
import dev.firebreak.integrations.slack.SlackText;
import dev.firebreak.integrations.slack.SlackWebApi;
import dev.firebreak.runbook.Parameter;
import dev.firebreak.runbook.Runbook;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Runbooks from Slack: the list, the picker and parameter forms, starting a run, and the approval buttons of
 * guarded steps.
 */
@Singleton
public class RunbookInteractions implements SlackHandlers {
    static final String PICK_CALLBACK = "runbook_pick";
    static final String PARAMS_CALLBACK = "runbook_params";
    static final String APPROVE_ACTION = "runbook_approve";
    static final String DENY_ACTION = "runbook_deny";
    private static final String RUNBOOK_FIELD = "runbook";

    private final DiagnosticsService diagnostics;
    private final IncidentService incidents;
    private final SlackWebApi slack;

    RunbookInteractions(DiagnosticsService diagnostics, IncidentService incidents, SlackWebApi slack) {
        this.diagnostics = diagnostics;
        this.incidents = incidents;
        this.slack = slack;
    }

    @Override
    public void register(App app) {
        app.viewSubmission(PICK_CALLBACK, this::picked);
        app.viewSubmission(PARAMS_CALLBACK, this::submitted);
        app.blockAction(APPROVE_ACTION, (req, ctx) -> decide(req, ctx, true));
        app.blockAction(DENY_ACTION, (req, ctx) -> decide(req, ctx, false));
    }

    public String list(String user) {
        List<Runbook> runnable = diagnostics.runnableBy(user);
        if (runnable.isEmpty()) {
            return "There are no runbooks you may run.";
        }
        return "*Runbooks you may run* (`/incident diagnose <id> key=value …`):\n" + runnable.stream()
                .map(r -> "• `" + r.id() + "` — " + r.title() + parameters(r))
                .collect(Collectors.joining("\n"));
    }

    public String start(Incident incident, String runbookId, Map<String, String> arguments, String user) {
        RunbookRun run = diagnostics.start(incident, runbookId, arguments, user);
        return ":mag: Running `" + run.runbookId() + "` (run " + run.id() + ") on `" + run.cluster()
                + "`. Results follow in a thread.";
    }

    public void openPicker(String triggerId, Incident incident, String user) {
        List<OptionObject> options = diagnostics.runnableBy(user).stream()
                .map(r -> option(plainText(truncate(r.id() + " — " + r.title(), 75)), r.id()))
                .collect(Collectors.toList());
        if (options.isEmpty()) {
            throw Refusal.notAllowed("Run a runbook", "There are no runbooks you may run.", "A runbook's `allowed` list says who may run it.").exception();
        }
        slack.openView(triggerId, view(v -> v.type("modal").callbackId(PICK_CALLBACK)
                .privateMetadata(String.valueOf(incident.id()))
                .title(viewTitle(t -> t.type("plain_text").text("Run a runbook")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Next")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(asBlocks(input(i -> i.blockId(RUNBOOK_FIELD).label(plainText("Runbook"))
                        .element(staticSelect(s -> s.actionId(RUNBOOK_FIELD).options(options))))))));
    }

    /** The picked runbook's parameters, filled in from the incident's alert labels where they can be. */
    Response picked(ViewSubmissionRequest request, ViewSubmissionContext ctx) {
        View view = request.getPayload().getView();
        ViewState.Value picked = view.getState().getValues().get(RUNBOOK_FIELD).get(RUNBOOK_FIELD);
        Runbook runbook = diagnostics.runbook(picked.getSelectedOption().getValue());
        Incident incident = incidents.find(Long.parseLong(view.getPrivateMetadata())).orElseThrow();
        Map<String, String> labels = diagnostics.incidentLabels(incident);
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText("*" + SlackText.untrusted(runbook.title()).mrkdwn() + "*\n"
                + SlackText.untrusted(runbook.description()).mrkdwn()))));
        for (Parameter p : runbook.parameters()) {
            String initial = p.fromLabelIfAny().map(labels::get).or(p::defaultValueIfAny).orElse(null);
            blocks.add(input(i -> i.blockId(p.name()).optional(!p.required()).label(plainText(p.name() + " (" + p.type().yamlName() + ")"))
                    .element(plainTextInput(t -> t.actionId(p.name()).initialValue(initial)))));
        }
        View params = view(v -> v.type("modal").callbackId(PARAMS_CALLBACK)
                .privateMetadata(incident.id() + ":" + runbook.id())
                .title(viewTitle(t -> t.type("plain_text").text("Run " + truncate(runbook.id(), 20))))
                .submit(viewSubmit(s -> s.type("plain_text").text("Run")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks));
        return ctx.ack(r -> r.responseAction("update").view(params));
    }

    Response submitted(ViewSubmissionRequest request, ViewSubmissionContext ctx) {
        View view = request.getPayload().getView();
        String[] meta = view.getPrivateMetadata().split(":", 2);
        Incident incident = incidents.find(Long.parseLong(meta[0])).orElseThrow();
        Map<String, String> arguments = new LinkedHashMap<>();
        view.getState().getValues().forEach((block, actions) -> actions.forEach((id, value) -> {
            if (value.getValue() != null && !value.getValue().isBlank()) {
                arguments.put(id, value.getValue().strip());
            }
        }));
        String user = request.getPayload().getUser().getId();
        try {
            diagnostics.start(incident, meta[1], arguments, user);
            return ctx.ack();
        } catch (RefusedException e) {
            // Shown on the form, so the responder can fix the value instead of starting over.
            String reason = e.refusal().reason();
            String field = arguments.keySet().stream().filter(reason::contains).findFirst()
                    .orElse(view.getState().getValues().keySet().stream().findFirst().orElse(RUNBOOK_FIELD));
            return ctx.ack(r -> r.responseAction("errors").errors(Map.of(field, truncate(reason, 300))));
        }
    }

    Response decide(BlockActionRequest request, ActionContext ctx, boolean approve) {
        String[] key = request.getPayload().getActions().get(0).getValue().split(":", 2);
        String user = request.getPayload().getUser().getId();
        String channel = request.getPayload().getChannel().getId();
        try {
            diagnostics.decide(Long.parseLong(key[0]), key[1], user, approve);
        } catch (RefusedException e) {
            slack.postEphemeral(channel, user, RefusalText.of(e.refusal()));
        }
        return ctx.ack();
    }

    private static String parameters(Runbook r) {
        if (r.parameters().isEmpty()) {
            return "";
        }
        return " (" + r.parameters().stream().map(p -> p.name() + (p.required() ? "" : "?")).collect(Collectors.joining(", ")) + ")";
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
