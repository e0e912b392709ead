package dev.firebreak.support;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.firebreak.testdata.TestData;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Real Slack payloads from {@code testdata/samples/slack}, adjusted per test. */
public final class SlackSamples {
    private SlackSamples() {}

    public static String read(String name) {
        try {
            return Files.readString(TestData.resolve("samples/slack").resolve(name));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static JsonObject json(String name) {
        return JsonParser.parseString(read(name)).getAsJsonObject();
    }

    /** The sample slash command with our command, text, channel and user. */
    public static String slashCommand(String text, String channelId, String userId) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : read("slash_command.form-urlencoded.txt").strip().split("&")) {
            String[] kv = pair.split("=", 2);
            form.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        form.put("command", "/incident");
        form.put("text", text);
        form.put("channel_id", channelId);
        form.put("user_id", userId);
        return form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Interactivity payloads travel as a form with one {@code payload} field. */
    public static String interactive(JsonObject payload) {
        return "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8);
    }

    /** A click on a message button, as Slack sends it (from the SDK's recorded block_actions sample). */
    public static JsonObject buttonClick(String actionId, String value, String channelId, String userId) {
        JsonObject payload = json("block_actions_home_tab.json");
        payload.remove("view");
        JsonObject container = new JsonObject();
        container.addProperty("type", "message");
        container.addProperty("channel_id", channelId);
        payload.add("container", container);
        JsonObject channel = new JsonObject();
        channel.addProperty("id", channelId);
        payload.add("channel", channel);
        JsonObject action = payload.getAsJsonArray("actions").get(0).getAsJsonObject();
        action.addProperty("action_id", actionId);
        action.addProperty("block_id", "incident_actions");
        action.addProperty("value", value);
        if (userId != null) {
            payload.getAsJsonObject("user").addProperty("id", userId);
        }
        return payload;
    }
}
