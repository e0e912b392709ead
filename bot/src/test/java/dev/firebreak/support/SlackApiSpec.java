package dev.firebreak.support;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.firebreak.testdata.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks recorded Slack Web API calls against Slack's published spec ({@code shared/specs/slack_web_openapi_v2.json}):
 * the method exists, every required argument is sent, and every argument sent is one the method declares.
 */
public final class SlackApiSpec {
    /** Methods newer than the 2021 spec, with where they are documented instead. */
    private static final Map<String, String> NOT_IN_SPEC = Map.of(
            "apps.connections.open", "Socket Mode, https://api.slack.com/methods/apps.connections.open",
            "files.getUploadURLExternal",
                    "file uploads since 2024, https://api.slack.com/methods/files.getUploadURLExternal",
            "files.completeUploadExternal",
                    "file uploads since 2024, https://api.slack.com/methods/files.completeUploadExternal");

    /** Arguments the Slack SDK sends that Slack added after the 2021 spec. */
    private static final Map<String, Set<String>> NEWER_ARGUMENTS =
            Map.of("conversations.replies", Set.of("include_all_metadata"));

    private static final JsonObject PATHS = load();

    private SlackApiSpec() {}

    /** Returns one line per violation; empty when all calls conform. */
    public static List<String> violations(List<LoggedRequest> requests) {
        List<String> problems = new ArrayList<>();
        for (LoggedRequest r : requests) {
            if (!r.getUrl().startsWith("/api/")) {
                continue; // the upload URL Slack hands out for file contents is not a Web API method
            }
            String path = r.getUrl().replaceFirst("^/api", "").replaceFirst("\\?.*$", "");
            problems.addAll(violations(path.substring(1), SlackStub.form(r), r.containsHeader("Authorization")));
        }
        return problems;
    }

    /** The same for one call of {@code method} with these form arguments. */
    public static List<String> violations(String method, Map<String, String> sent, boolean tokenInHeader) {
        List<String> problems = new ArrayList<>();
        String path = "/" + method;
        if (NOT_IN_SPEC.containsKey(method)) {
            return problems;
        }
        if (!PATHS.has(path)) {
            problems.add(method + ": not a Slack Web API method");
            return problems;
        }
        Set<String> declared = new HashSet<>();
        Set<String> required = new HashSet<>();
        for (Map.Entry<String, JsonElement> op : PATHS.getAsJsonObject(path).entrySet()) {
            JsonArray params = op.getValue().getAsJsonObject().getAsJsonArray("parameters");
            for (JsonElement p : params == null ? new JsonArray() : params) {
                JsonObject param = p.getAsJsonObject();
                declared.add(param.get("name").getAsString());
                if (param.has("required") && param.get("required").getAsBoolean()) {
                    required.add(param.get("name").getAsString());
                }
            }
        }
        for (String name : required) {
            if (!(name.equals("token") && tokenInHeader) && !sent.containsKey(name)) {
                problems.add(method + ": required argument '" + name + "' missing");
            }
        }
        for (String name : sent.keySet()) {
            if (!declared.contains(name)
                    && !NEWER_ARGUMENTS.getOrDefault(method, Set.of()).contains(name)) {
                problems.add(method + ": argument '" + name + "' is not declared by the spec");
            }
        }
        return problems;
    }

    private static JsonObject load() {
        try {
            String spec = Files.readString(TestData.resolve("specs/slack_web_openapi_v2.json"));
            return JsonParser.parseString(spec).getAsJsonObject().getAsJsonObject("paths");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
