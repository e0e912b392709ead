package dev.firebreak.demo;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Slack's Web API for the demo: records each call and answers the way Slack does for the methods Firebreak uses
 * (channel ids, message timestamps, users by e-mail, file uploads). Also takes the answers Firebreak sends to a
 * command's or a click's {@code response_url}.
 */
@Controller("/demo/slack")
@Requires(property = DemoRun.ENABLED, value = "true")
class FakeSlackController {
    private final SlackWorkspace workspace;
    private final JsonMapper json;
    private final String baseUrl;

    FakeSlackController(SlackWorkspace workspace, JsonMapper json, @Property(name = DemoRun.BASE_URL) String baseUrl) {
        this.workspace = workspace;
        this.json = json;
        this.baseUrl = baseUrl;
    }

    @Post(value = "/api/{method}", consumes = MediaType.ALL, produces = MediaType.APPLICATION_JSON)
    HttpResponse<String> api(@PathVariable String method, @Body @Nullable byte[] body) {
        Map<String, String> form = form(body == null ? "" : new String(body, StandardCharsets.UTF_8));
        SlackWorkspace.SlackCall call = workspace.record(method, form);
        String answer = switch (method) {
            case "conversations.create" ->
                "\"channel\":{\"id\":\"C0DEMO" + call.ts().substring(6, 10) + "\",\"name\":"
                        + quote(form.getOrDefault("name", "incident")) + "}";
            case "chat.postMessage", "chat.update" ->
                "\"channel\":" + quote(call.channel()) + ",\"ts\":" + quote(form.getOrDefault("ts", call.ts()));
            case "chat.postEphemeral" -> "\"message_ts\":" + quote(call.ts());
            case "users.lookupByEmail" ->
                SlackWorkspace.ONCALL_EMAIL.equals(form.get("email"))
                        ? "\"user\":" + user(SlackWorkspace.ONCALL)
                        : null;
            case "users.info" -> "\"user\":" + user(form.getOrDefault("user", SlackWorkspace.LEAD));
            case "auth.test" ->
                "\"url\":\"https://demo.slack.com/\",\"team\":\"Demo\",\"user\":\"firebreak\","
                        + "\"team_id\":\"T0DEMO\",\"user_id\":\"U0FIREBREAK\",\"bot_id\":\"B0FIREBREAK\"";
            case "conversations.replies" -> "\"messages\":[]";
            case "usergroups.users.list" -> "\"users\":[]";
            case "views.open" -> "\"view\":{\"id\":\"V0DEMO\"}";
            case "files.getUploadURLExternal" ->
                "\"upload_url\":\"" + baseUrl
                        + "/demo/slack/upload/F" + call.ts().substring(0, 10) + "\",\"file_id\":\"F"
                        + call.ts().substring(0, 10) + "\"";
            case "files.completeUploadExternal" -> "\"files\":[{\"id\":\"F1\",\"name\":\"output.txt\"}]";
            default -> "";
        };
        if (answer == null) {
            return HttpResponse.ok("{\"ok\":false,\"error\":\"users_not_found\"}");
        }
        return HttpResponse.ok("{\"ok\":true" + (answer.isEmpty() ? "" : "," + answer) + "}");
    }

    @Post(value = "/upload/{file}", consumes = MediaType.ALL)
    HttpResponse<String> upload(@PathVariable String file, @Body byte[] body) {
        workspace.record("upload", Map.of("file", file, "bytes", String.valueOf(body.length)));
        return HttpResponse.ok("OK - " + body.length);
    }

    /** A command's or a click's {@code response_url}: the answer lands in the channel named in the path. */
    @Post(value = "/respond/{channel}", consumes = MediaType.ALL)
    HttpResponse<String> respond(@PathVariable String channel, @Body byte[] body) throws IOException {
        Map<String, Object> message =
                json.readValue(body, io.micronaut.core.type.Argument.mapOf(String.class, Object.class));
        Map<String, String> form = new HashMap<>();
        form.put("channel", channel);
        form.put("text", String.valueOf(message.getOrDefault("text", "")));
        if (message.get("blocks") != null) {
            form.put("blocks", new String(json.writeValueAsBytes(message.get("blocks")), StandardCharsets.UTF_8));
        }
        workspace.record("response", form);
        return HttpResponse.ok("ok");
    }

    private String user(String id) {
        String name = SlackWorkspace.NAMES.getOrDefault(id, id.toLowerCase());
        String email = id.equals(SlackWorkspace.ONCALL) ? SlackWorkspace.ONCALL_EMAIL : name + "@example.com";
        return "{\"id\":" + quote(id) + ",\"name\":" + quote(name) + ",\"real_name\":" + quote(name)
                + ",\"profile\":{\"email\":" + quote(email) + ",\"real_name\":" + quote(name) + ",\"display_name\":"
                + quote(name) + "}}";
    }

    private String quote(String s) {
        try {
            return new String(json.writeValueAsBytes(s), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        if (body.isBlank()) {
            return form;
        }
        for (String pair : body.split("&")) {
            String[] kv = pair.split("=", 2);
            form.put(
                    URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return form;
    }
}
