package dev.firebreak.slack;

import static dev.firebreak.support.DeclarationBuilder.fromAlert;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentRepository;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.incident.Severity;
import dev.firebreak.incident.TimelineEntry;
import dev.firebreak.incident.TimelineKind;
import dev.firebreak.support.AppTestBase;
import dev.firebreak.support.Eventually;
import dev.firebreak.support.SlackSamples;
import dev.firebreak.support.SlackStub;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The declare form, header buttons, and timeline capture from reactions and mentions, on real payload shapes. */
@MicronautTest(transactional = false)
class InteractivityAndCaptureTest extends AppTestBase {
    private static final String USER = "U0RESPOND";

    @Inject
    IncidentRepository incidents;

    @Inject
    IncidentService service;

    @BeforeEach
    void resetSlack() {
        slack.reset();
    }

    @Test
    void declareWithoutTextOpensTheFormAndSubmittingItDeclares() {
        assertThat(command("declare", "CGENERAL1", USER)).isEmpty();
        assertThat(slack.awaitCalls("views.open", 1)).hasSize(1);
        Map<String, String> open = SlackStub.form(slack.first("views.open"));
        assertThat(open.get("trigger_id")).isNotBlank();
        assertThat(open.get("view")).contains(DeclareModal.CALLBACK_ID).contains("CGENERAL1");

        HttpResponse<String> r = submit(formSubmission("Search is timing out", "SEV2", "p99 at 30s since 02:10", "search-api"));

        assertThat(r.statusCode()).isEqualTo(200);
        Incident incident = awaitIncident("Search is timing out");
        assertThat(incident.severity()).isEqualTo(Severity.SEV2);
        assertThat(incident.description()).isEqualTo("p99 at 30s since 02:10");
        assertThat(incident.service()).isEqualTo("search-api");
        assertThat(incident.declaredBy()).isEqualTo("U123");
        assertThat(incident.privateChannel()).isFalse();
        Eventually.await("channel opened", () -> incidents.findById(incident.id()).orElseThrow().headerRef() != null);
    }

    @Test
    void theFormsPrivateCheckboxDeclaresAPrivateIncident() {
        JsonObject form = formSubmission("Leaked payroll file", "SEV2", null, null);
        JsonObject checked = new JsonObject();
        checked.addProperty("type", "checkboxes");
        JsonObject option = new JsonObject();
        option.addProperty("value", DeclareModal.PRIVATE);
        com.google.gson.JsonArray options = new com.google.gson.JsonArray();
        options.add(option);
        checked.add("selected_options", options);
        JsonObject block = new JsonObject();
        block.add(DeclareModal.PRIVATE, checked);
        form.getAsJsonObject("view").getAsJsonObject("state").getAsJsonObject("values").add(DeclareModal.PRIVATE, block);

        assertThat(submit(form).statusCode()).isEqualTo(200);

        Incident incident = awaitIncident("Leaked payroll file");
        assertThat(incident.privateChannel()).isTrue();
        assertThat(slack.awaitForm("conversations.create", f -> f.get("name").endsWith("leaked-payroll-file"))).containsEntry("is_private", "1");
    }

    @Test
    void aFormWithoutTitleIsSentBackWithTheReason() {
        int before = incidents.findAllOrderByCreatedAtDesc().size();

        HttpResponse<String> r = submit(formSubmission(null, "SEV3", null, null));

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"response_action\":\"errors\"").contains(DeclareModal.TITLE);
        assertThat(incidents.findAllOrderByCreatedAtDesc()).hasSize(before);
    }

    @Test
    void headerButtonsMoveTheStatus() {
        Incident incident = declared("Button driven incident");

        assertThat(postSlack(SlackSamples.interactive(buttonClick(IncidentHeader.NEXT_STATUS_ACTION,
                incident.id() + ":IDENTIFIED", incident.channelId())), "application/x-www-form-urlencoded").statusCode())
                .isEqualTo(200);
        assertThat(incidents.findById(incident.id()).orElseThrow().status()).isEqualTo(IncidentStatus.IDENTIFIED);

        postSlack(SlackSamples.interactive(buttonClick(IncidentHeader.RESOLVE_ACTION, String.valueOf(incident.id()),
                incident.channelId())), "application/x-www-form-urlencoded");
        assertThat(incidents.findById(incident.id()).orElseThrow().status()).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(kinds(incident)).contains(TimelineKind.STATUS_CHANGED, TimelineKind.RESOLVED);

        // A second click on a stale header explains instead of failing silently.
        postSlack(SlackSamples.interactive(buttonClick(IncidentHeader.RESOLVE_ACTION, String.valueOf(incident.id()),
                incident.channelId())), "application/x-www-form-urlencoded");
        slack.awaitForm("chat.postEphemeral", f -> f.get("text").contains("already resolved"));
    }

    @Test
    void theFirstResponderTakesCommandOfAnAlertsIncidentFromTheHeader() {
        Incident incident = service.declare(fromAlert("Disk pressure on node-7", "test:take-command").severity(Severity.SEV2).build());
        Eventually.await("channel", () -> incidents.findById(incident.id()).orElseThrow().headerRef() != null);
        String channel = incidents.findById(incident.id()).orElseThrow().channelId();
        Map<String, String> header = slack.awaitForm("chat.postMessage", f -> channel.equals(f.get("channel")) && f.get("blocks") != null);
        assertThat(header.get("blocks")).contains(IncidentHeader.TAKE_COMMAND_ACTION);

        click(IncidentHeader.TAKE_COMMAND_ACTION, String.valueOf(incident.id()), channel, "U0FIRST");

        assertThat(service.card(incident).commander()).isEqualTo("U0FIRST");
        assertThat(slack.awaitForm("conversations.invite", f -> channel.equals(f.get("channel")))).containsEntry("users", "U0FIRST");
        Map<String, String> updated = slack.awaitForm("chat.update", f -> channel.equals(f.get("channel")));
        assertThat(SlackStub.unescapeJson(updated.get("blocks"))).contains("<@U0FIRST>").doesNotContain(IncidentHeader.TAKE_COMMAND_ACTION);

        // Once someone responds, the incident is its responders' to change: a late click is told why, the commander stays.
        click(IncidentHeader.TAKE_COMMAND_ACTION, String.valueOf(incident.id()), channel, "U0SECOND");
        assertThat(slack.awaitForm("chat.postEphemeral", f -> "U0SECOND".equals(f.get("user"))).get("text"))
                .contains("Only the responders of incident #" + incident.id());
        service.addResponders(incident.id(), List.of("U0THIRD"));
        click(IncidentHeader.TAKE_COMMAND_ACTION, String.valueOf(incident.id()), channel, "U0THIRD");
        assertThat(slack.awaitForm("chat.postEphemeral", f -> "U0THIRD".equals(f.get("user"))).get("text"))
                .contains("<@U0FIRST> is already commander");
        assertThat(service.card(incident).commander()).isEqualTo("U0FIRST");
        assertThat(kinds(incident).stream().filter(k -> k == TimelineKind.ROLE_ASSIGNED)).hasSize(1);
    }

    @Test
    void aPushpinReactionAddsTheMessageWithItsOriginalTimeOnce() {
        Incident incident = declared("Pinned evidence incident");
        slack.answer("conversations.replies", "{\"messages\":[{\"type\":\"message\",\"user\":\"U0AUTHOR\","
                + "\"text\":\"error rate back to 0.1% after failover\",\"ts\":\"1700000000.000200\"}]}");
        JsonObject event = reaction("pushpin", incident.channelId(), "1700000000.000200", "Ev0PIN1");

        postSlack(event.toString(), "application/json");
        postSlack(event.toString(), "application/json"); // Slack retries events it thinks were lost

        Eventually.await("pinned message in timeline", () -> kinds(incident).contains(TimelineKind.PINNED_MESSAGE));
        Eventually.await("second delivery handled", () -> slack.count("conversations.replies") >= 1);
        List<TimelineEntry> pinned = service.timeline(incident.id()).stream()
                .filter(e -> e.kind() == TimelineKind.PINNED_MESSAGE).collect(Collectors.toList());
        assertThat(pinned).hasSize(1);
        assertThat(pinned.get(0).text()).isEqualTo("error rate back to 0.1% after failover");
        assertThat(pinned.get(0).actor()).isEqualTo("U0AUTHOR");
        assertThat(pinned.get(0).occurredAt()).isEqualTo(Instant.ofEpochSecond(1700000000L, 200_000));
        assertThat(pinned.get(0).source()).isEqualTo("reaction");
    }

    @Test
    void otherReactionsAndChannelsAreIgnored() {
        Incident incident = declared("Ignored reactions incident");

        postSlack(reaction("eyes", incident.channelId(), "1700000000.000300", "Ev0EYES").toString(), "application/json");
        postSlack(reaction("pushpin", "CNOTINCIDENT", "1700000000.000400", "Ev0ELSE").toString(), "application/json");

        assertThat(slack.count("conversations.replies")).isZero();
    }

    @Test
    void aMentionNoteLandsOnceEvenWhenRedelivered() {
        Incident incident = declared("Mention note incident");
        JsonObject mention = SlackSamples.json("events_api_app_mention.json");
        JsonObject event = mention.getAsJsonObject("event");
        event.addProperty("channel", incident.channelId());
        event.addProperty("text", "<@U123> note cache hit ratio dropped to 20%");
        mention.addProperty("event_id", "Ev0NOTE1");

        postSlack(mention.toString(), "application/json");
        postSlack(mention.toString(), "application/json");

        List<TimelineEntry> notes = service.timeline(incident.id()).stream()
                .filter(e -> e.kind() == TimelineKind.NOTE).collect(Collectors.toList());
        assertThat(notes).hasSize(1);
        assertThat(notes.get(0).text()).isEqualTo("cache hit ratio dropped to 20%");
        assertThat(notes.get(0).actor()).isEqualTo("U234");
        assertThat(notes.get(0).source()).isEqualTo("mention");
    }

    @Test
    void mentionsFromBotsAreIgnored() {
        Incident incident = declared("Bot mention incident");
        JsonObject mention = SlackSamples.json("events_api_app_mention_bot_message.json");
        JsonObject event = mention.getAsJsonObject("event");
        event.addProperty("channel", incident.channelId());
        event.addProperty("text", "<@U123> note from a bot");

        postSlack(mention.toString(), "application/json");

        assertThat(kinds(incident)).doesNotContain(TimelineKind.NOTE);
    }

    private HttpResponse<String> submit(JsonObject payload) {
        return postSlack(SlackSamples.interactive(payload), "application/x-www-form-urlencoded");
    }

    private static JsonObject formSubmission(String title, String severity, String description, String service) {
        JsonObject payload = SlackSamples.json("view_submission_modal.json");
        JsonObject view = payload.getAsJsonObject("view");
        view.addProperty("callback_id", DeclareModal.CALLBACK_ID);
        view.addProperty("private_metadata", "CGENERAL1");
        JsonObject values = new JsonObject();
        values.add(DeclareModal.TITLE, input(DeclareModal.TITLE, "plain_text_input", title));
        JsonObject sev = new JsonObject();
        JsonObject selected = new JsonObject();
        selected.addProperty("type", "static_select");
        JsonObject option = new JsonObject();
        option.addProperty("value", severity);
        selected.add("selected_option", option);
        sev.add(DeclareModal.SEVERITY, selected);
        values.add(DeclareModal.SEVERITY, sev);
        values.add(DeclareModal.DESCRIPTION, input(DeclareModal.DESCRIPTION, "plain_text_input", description));
        values.add(DeclareModal.SERVICE, input(DeclareModal.SERVICE, "plain_text_input", service));
        JsonObject state = new JsonObject();
        state.add("values", values);
        view.add("state", state);
        return payload;
    }

    private static JsonObject input(String actionId, String type, String value) {
        JsonObject block = new JsonObject();
        JsonObject action = new JsonObject();
        action.addProperty("type", type);
        if (value != null) {
            action.addProperty("value", value);
        }
        block.add(actionId, action);
        return block;
    }

    private void click(String actionId, String value, String channelId, String user) {
        JsonObject payload = SlackSamples.buttonClick(actionId, value, channelId, user);
        assertThat(postSlack(SlackSamples.interactive(payload), "application/x-www-form-urlencoded").statusCode()).isEqualTo(200);
    }

    /** A click by {@link #USER}, who declared the incidents of this class. */
    private static JsonObject buttonClick(String actionId, String value, String channelId) {
        return SlackSamples.buttonClick(actionId, value, channelId, USER);
    }

    private static JsonObject reaction(String name, String channel, String ts, String eventId) {
        JsonObject envelope = SlackSamples.json("events_api_message.json");
        JsonObject event = new JsonObject();
        event.addProperty("type", "reaction_added");
        event.addProperty("user", USER);
        event.addProperty("reaction", name);
        event.addProperty("item_user", "U0AUTHOR");
        JsonObject item = new JsonObject();
        item.addProperty("type", "message");
        item.addProperty("channel", channel);
        item.addProperty("ts", ts);
        event.add("item", item);
        event.addProperty("event_ts", ts);
        envelope.add("event", event);
        envelope.addProperty("event_id", eventId);
        return envelope;
    }

    private Incident declared(String title) {
        command("declare " + title, "CGENERAL1", USER);
        Eventually.await("channel of " + title, () -> awaitIncident(title).headerRef() != null);
        return awaitIncident(title);
    }

    private Incident awaitIncident(String title) {
        Eventually.await("incident " + title, () -> incidents.findAllOrderByCreatedAtDesc().stream().anyMatch(i -> i.title().equals(title)));
        return incidents.findAllOrderByCreatedAtDesc().stream().filter(i -> i.title().equals(title)).findFirst().orElseThrow();
    }

    private List<TimelineKind> kinds(Incident incident) {
        return service.timeline(incident.id()).stream().map(TimelineEntry::kind).collect(Collectors.toList());
    }
}
