package dev.firebreak.slack;

import static com.slack.api.model.block.Blocks.asBlocks;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.checkboxes;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import dev.firebreak.incident.Declaration;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.RefusedException;
import dev.firebreak.incident.Severity;
import dev.firebreak.incident.TimelineSource;
import dev.firebreak.integrations.slack.SlackHandlers;
import dev.firebreak.integrations.slack.SlackWebApi;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The declare form: {@code /incident declare} without text opens it; submitting it declares. */
@Singleton
public class DeclareModal implements SlackHandlers {
    static final String CALLBACK_ID = "incident_declare";
    static final String TITLE = "title";
    static final String SEVERITY = "severity";
    static final String DESCRIPTION = "description";
    static final String SERVICE = "service";
    static final String PRIVATE = "private";

    private final SlackWebApi slack;
    private final IncidentService incidents;

    DeclareModal(SlackWebApi slack, IncidentService incidents) {
        this.slack = slack;
        this.incidents = incidents;
    }

    @Override
    public void register(App app) {
        app.viewSubmission(CALLBACK_ID, this::submit);
    }

    /** Must run before the command is acknowledged: a trigger id expires after 3 seconds. */
    public void open(String triggerId, String channelId) {
        slack.openView(triggerId, form(channelId));
    }

    static View form(String channelId) {
        List<OptionObject> severities = Arrays.stream(Severity.values())
                .map(s -> option(plainText(s.label().toUpperCase() + " — " + s.meaning()), s.name()))
                .collect(Collectors.toList());
        return view(v -> v.type("modal")
                .callbackId(CALLBACK_ID)
                .privateMetadata(channelId)
                .title(viewTitle(t -> t.type("plain_text").text("Declare an incident")))
                .submit(viewSubmit(s -> s.type("plain_text").text("Declare")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(asBlocks(
                        input(i -> i.blockId(TITLE).label(plainText("Title"))
                                .element(plainTextInput(p -> p.actionId(TITLE).maxLength(Declaration.MAX_TITLE_LENGTH)))),
                        input(i -> i.blockId(SEVERITY).label(plainText("Severity"))
                                .element(staticSelect(s -> s.actionId(SEVERITY).options(severities)
                                        .initialOption(severities.get(2))))),
                        input(i -> i.blockId(DESCRIPTION).label(plainText("What is happening?")).optional(true)
                                .element(plainTextInput(p -> p.actionId(DESCRIPTION).multiline(true)))),
                        input(i -> i.blockId(SERVICE).label(plainText("Affected service")).optional(true)
                                .element(plainTextInput(p -> p.actionId(SERVICE)))),
                        input(i -> i.blockId(PRIVATE).label(plainText("Who may see it")).optional(true)
                                .element(checkboxes(c -> c.actionId(PRIVATE).options(List.of(option(
                                        plainText("Private: a private channel, not announced, shown only to its responders"),
                                        PRIVATE)))))))));
    }

    Response submit(ViewSubmissionRequest request, ViewSubmissionContext ctx) {
        View view = request.getPayload().getView();
        Map<String, Map<String, ViewState.Value>> values = view.getState().getValues();
        String title = text(values, TITLE);
        if (title == null || title.isBlank()) {
            return ctx.ack(r -> r.responseAction("errors").errors(Map.of(TITLE, "Give the incident a title.")));
        }
        ViewState.Value sev = values.getOrDefault(SEVERITY, Map.of()).get(SEVERITY);
        Severity severity = sev != null && sev.getSelectedOption() != null
                ? Severity.valueOf(sev.getSelectedOption().getValue())
                : Severity.SEV3;
        String channel = view.getPrivateMetadata();
        try {
            incidents.declare(new Declaration(title, severity, text(values, DESCRIPTION), text(values, SERVICE),
                    request.getPayload().getUser().getId(), channel == null || channel.isBlank() ? null : channel,
                    TimelineSource.MODAL, null, null, privately(values)));
        } catch (RefusedException e) {
            return ctx.ack(r -> r.responseAction("errors").errors(Map.of(TITLE, e.refusal().reason())));
        }
        return ctx.ack();
    }

    private static boolean privately(Map<String, Map<String, ViewState.Value>> values) {
        ViewState.Value v = values.getOrDefault(PRIVATE, Map.of()).get(PRIVATE);
        return v != null && v.getSelectedOptions() != null && !v.getSelectedOptions().isEmpty();
    }

    private static String text(Map<String, Map<String, ViewState.Value>> values, String id) {
        ViewState.Value v = values.getOrDefault(id, Map.of()).get(id);
        return v == null || v.getValue() == null || v.getValue().isBlank() ? null : v.getValue().strip();
    }
}
