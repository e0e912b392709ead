package dev.firebreak.demo;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What the vendors send Firebreak during the demo, signed as each vendor signs: Slack slash commands and button
 * clicks, PagerDuty's V3 webhook, Jira's issue webhook. A refused request stops the demo with what was refused.
 */
final class VendorRequests {
    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final DemoSecrets secrets;
    private final SlackWorkspace slack;
    private final JsonMapper json;

    VendorRequests(String baseUrl, DemoSecrets secrets, SlackWorkspace slack, JsonMapper json) {
        this.baseUrl = baseUrl;
        this.secrets = secrets;
        this.slack = slack;
        this.json = json;
    }

    void pagerDutyTriggered(String incidentId) {
        Map<String, Object> user = reference(FakePagerDutyController.USER_ID, "user_reference", "Dana Oncall", "users");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", incidentId);
        data.put("type", "incident");
        data.put("self", "https://api.pagerduty.com/incidents/" + incidentId);
        data.put("html_url", "https://demo.pagerduty.com/incidents/" + incidentId);
        data.put("number", 1042);
        data.put("status", "triggered");
        data.put("title", "Checkout API: error rate above 20%");
        data.put("service", reference("PSHOP01", "service_reference", "checkout", "services"));
        data.put("assignees", List.of(user));
        data.put(
                "escalation_policy",
                reference("PESC001", "escalation_policy_reference", "Shop on-call", "escalation_policies"));
        data.put("teams", List.of(reference("PTEAM01", "team_reference", "Shop", "teams")));
        data.put("priority", reference("PPRIO01", "priority_reference", "P1", "priorities"));
        data.put("urgency", "high");
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", UUID.randomUUID().toString());
        event.put("event_type", "incident.triggered");
        event.put("resource_type", "incident");
        event.put("occurred_at", Instant.now().toString());
        event.put("agent", null);
        event.put("client", null);
        event.put("data", data);
        String body = write(Map.of("event", event));
        send(
                "PagerDuty webhook",
                HttpRequest.newBuilder(uri("/webhooks/pagerduty"))
                        .header("Content-Type", "application/json")
                        .header("X-Webhook-Id", UUID.randomUUID().toString())
                        .header("X-PagerDuty-Signature", secrets.pagerDutySignature(body))
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** {@code /incident <text>} typed by {@code user} in {@code channel}; what Slack shows the user is recorded. */
    void command(String user, String channel, String text) {
        slack.record("command", Map.of("channel", channel, "user", user, "text", "/incident " + text));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "demo-verification-token");
        form.put("team_id", "T0DEMO");
        form.put("team_domain", "demo");
        form.put("channel_id", channel);
        form.put("channel_name", "incident");
        form.put("user_id", user);
        form.put("user_name", SlackWorkspace.NAMES.get(user));
        form.put("command", "/incident");
        form.put("text", text);
        form.put("api_app_id", "A0DEMO");
        form.put("response_url", baseUrl + "/demo/slack/respond/" + channel);
        form.put("trigger_id", "1337.42.demo" + System.nanoTime());
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String answer = slackRequest("/incident " + text, body);
        if (!answer.isBlank()) {
            slack.record("response", Map.of("channel", channel, "user", user, "text", ackText(answer)));
        }
    }

    /** {@code user} clicks {@code button} on a message in {@code channel}. */
    void click(String user, String channel, SlackBlocks.Button button) {
        slack.record("click", Map.of("channel", channel, "user", user, "text", "clicked \"" + button.label() + "\""));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", "block_actions");
        payload.put("team", Map.of("id", "T0DEMO", "domain", "demo"));
        payload.put(
                "user",
                Map.of(
                        "id",
                        user,
                        "username",
                        SlackWorkspace.NAMES.get(user),
                        "name",
                        SlackWorkspace.NAMES.get(user),
                        "team_id",
                        "T0DEMO"));
        payload.put("api_app_id", "A0DEMO");
        payload.put("token", "demo-verification-token");
        payload.put("container", Map.of("type", "message", "channel_id", channel, "message_ts", "1700000000.000100"));
        payload.put("trigger_id", "1337.42.demo" + System.nanoTime());
        payload.put("channel", Map.of("id", channel, "name", "incident"));
        payload.put("response_url", baseUrl + "/demo/slack/respond/" + channel);
        payload.put(
                "actions",
                List.of(Map.of(
                        "type",
                        "button",
                        "action_id",
                        button.actionId(),
                        "block_id",
                        "demo",
                        "value",
                        button.value(),
                        "action_ts",
                        "1700000000.000200",
                        "text",
                        Map.of("type", "plain_text", "text", button.label()))));
        slackRequest("click " + button.label(), "payload=" + URLEncoder.encode(write(payload), StandardCharsets.UTF_8));
    }

    /** Jira tells Firebreak that {@code key} moved to Done. */
    void jiraIssueDone(String key) {
        Map<String, Object> status =
                Map.of("name", "Done", "id", "10002", "statusCategory", Map.of("id", 3, "key", "done", "name", "Done"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("timestamp", Instant.now().toEpochMilli());
        body.put("webhookEvent", "jira:issue_updated");
        body.put("issue_event_type_name", "issue_generic");
        body.put("user", Map.of("accountId", "557058:sam", "displayName", "Sam"));
        body.put("issue", Map.of("id", "10102", "key", key, "fields", Map.of("status", status)));
        body.put(
                "changelog",
                Map.of(
                        "id",
                        "10500",
                        "items",
                        List.of(Map.of(
                                "field",
                                "status",
                                "fieldId",
                                "status",
                                "from",
                                "10000",
                                "fromString",
                                "To Do",
                                "to",
                                "10002",
                                "toString",
                                "Done"))));
        String text = write(body);
        send(
                "Jira webhook",
                HttpRequest.newBuilder(uri("/webhooks/jira"))
                        .header("Content-Type", "application/json")
                        .header(
                                "X-Atlassian-Webhook-Identifier",
                                UUID.randomUUID().toString())
                        .header("X-Hub-Signature", secrets.jiraSignature(text))
                        .POST(HttpRequest.BodyPublishers.ofString(text)));
    }

    private String slackRequest(String what, String body) {
        long timestamp = Instant.now().getEpochSecond();
        return send(
                what,
                HttpRequest.newBuilder(uri("/slack/events"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-Slack-Request-Timestamp", String.valueOf(timestamp))
                        .header("X-Slack-Signature", secrets.slackSignature(timestamp, body))
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private String send(String what, HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(
                        what + " was refused: HTTP " + response.statusCode() + " " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(what + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(what + " interrupted", e);
        }
    }

    private String ackText(String answer) {
        try {
            Object text = json.readValue(answer, io.micronaut.core.type.Argument.mapOf(String.class, Object.class))
                    .get("text");
            return text == null ? answer : text.toString();
        } catch (IOException e) {
            return answer;
        }
    }

    private String write(Object value) {
        try {
            return new String(json.writeValueAsBytes(value), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> reference(String id, String type, String summary, String collection) {
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("id", id);
        ref.put("type", type);
        ref.put("summary", summary);
        ref.put("self", "https://api.pagerduty.com/" + collection + "/" + id);
        ref.put("html_url", "https://demo.pagerduty.com/" + collection + "/" + id);
        return ref;
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }
}
