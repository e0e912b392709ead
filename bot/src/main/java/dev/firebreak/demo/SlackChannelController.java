package dev.firebreak.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.json.JsonMapper;
import java.util.List;

/**
 * The emulated Slack channel as its members saw it: messages (with their buttons), edits, messages only one
 * person saw, files, and the commands and clicks that caused them. All text is escaped; behind the console's
 * sign-in like every console page.
 */
@Controller("/demo/slack/channels")
@Requires(property = DemoRun.ENABLED, value = "true")
class SlackChannelController {
    private final SlackWorkspace workspace;
    private final JsonMapper json;

    SlackChannelController(SlackWorkspace workspace, JsonMapper json) {
        this.workspace = workspace;
        this.json = json;
    }

    @Get("/{channel}")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<String> channel(@PathVariable String channel) {
        List<SlackWorkspace.SlackCall> calls = workspace.channel(channel);
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Slack channel " + escape(channel) + "</title>"
                + "<link rel=\"stylesheet\" href=\"/console/console.css\"></head><body><main>"
                + "<h1>Emulated Slack channel " + escape(channel) + "</h1>"
                + "<p>What the channel's members saw during the demo, oldest first.</p><ol class=\"slack\">");
        for (SlackWorkspace.SlackCall call : calls) {
            html.append("<li><div><strong>").append(escape(who(call))).append("</strong>");
            if (call.form().get("thread_ts") != null) {
                html.append(" <em>in a thread</em>");
            }
            html.append("</div>");
            SlackBlocks.Shown shown = SlackBlocks.read(json, call.form().get("blocks"));
            List<String> lines = shown.lines().isEmpty() ? List.of(plain(call)) : shown.lines();
            for (String line : lines) {
                html.append("<pre>").append(escape(line)).append("</pre>");
            }
            for (SlackBlocks.Button button : shown.buttons()) {
                html.append("<button type=\"button\" disabled>")
                        .append(escape(button.label()))
                        .append("</button> ");
            }
            html.append("</li>");
        }
        html.append("</ol></main></body></html>");
        return HttpResponse.ok(html.toString());
    }

    private static String plain(SlackWorkspace.SlackCall call) {
        String text = call.form().getOrDefault("text", call.form().getOrDefault("initial_comment", ""));
        return text.isEmpty() ? call.form().getOrDefault("files", "") : text;
    }

    private static String who(SlackWorkspace.SlackCall call) {
        String person = SlackWorkspace.NAMES.getOrDefault(call.form().getOrDefault("user", ""), "");
        return switch (call.method()) {
            case "command" -> person + " typed";
            case "click" -> person + " clicked";
            case "response" -> "Firebreak (only " + (person.isEmpty() ? "the asker" : person) + " sees this)";
            case "chat.postEphemeral" -> "Firebreak (only " + person + " sees this)";
            case "chat.update" -> "Firebreak (edited a message)";
            case "files.completeUploadExternal" -> "Firebreak shared a file";
            default -> "Firebreak";
        };
    }

    /** Slack's own escapes undone first, so the page shows the text as Slack would. */
    static String escape(String slackText) {
        String text = SlackBlocks.unescape(slackText);
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
