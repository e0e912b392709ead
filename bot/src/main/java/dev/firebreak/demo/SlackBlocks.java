package dev.firebreak.demo;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a message's Block Kit JSON the way a Slack client shows it: lines of text, and buttons. */
final class SlackBlocks {
    /** A button as shown: its label, and what a click sends back. */
    record Button(String label, String actionId, String value) {}

    /** What a message shows: its text lines and its buttons. */
    record Shown(List<String> lines, List<Button> buttons) {}

    private SlackBlocks() {}

    private static final Pattern SPECIAL = Pattern.compile("<([^>|]+)(?:\\|([^>]*))?>");

    /**
     * Message text as a Slack client shows it: mentions as {@code @name}, links and dates as their label, and
     * Slack's own escapes undone.
     */
    static String unescape(String slackText) {
        Matcher m = SPECIAL.matcher(slackText);
        StringBuilder shown = new StringBuilder();
        while (m.find()) {
            String target = m.group(1);
            String label = m.group(2);
            String text = target.startsWith("@")
                    ? "@"
                            + SlackWorkspace.NAMES.getOrDefault(
                                    target.substring(1), label != null ? label : target.substring(1))
                    : target.startsWith("#")
                            ? "#" + (label != null ? label : target.substring(1))
                            : label != null ? label : target;
            m.appendReplacement(shown, Matcher.quoteReplacement(text));
        }
        m.appendTail(shown);
        return shown.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    static Shown read(JsonMapper json, String blocks) {
        List<String> lines = new ArrayList<>();
        List<Button> buttons = new ArrayList<>();
        if (blocks == null || blocks.isBlank()) {
            return new Shown(lines, buttons);
        }
        try {
            for (Object block :
                    json.readValue(blocks.getBytes(StandardCharsets.UTF_8), Argument.listOf(Object.class))) {
                if (block instanceof Map<?, ?> b) {
                    collect(b, lines, buttons);
                }
            }
        } catch (IOException e) {
            lines.add("(blocks not readable: " + e.getMessage() + ")");
        }
        return new Shown(lines, buttons);
    }

    private static void collect(Map<?, ?> block, List<String> lines, List<Button> buttons) {
        addText(block.get("text"), lines);
        if (block.get("fields") instanceof List<?> fields) {
            fields.forEach(f -> addText(f, lines));
        }
        if (block.get("elements") instanceof List<?> elements) {
            for (Object e : elements) {
                if (e instanceof Map<?, ?> element) {
                    if ("button".equals(element.get("type"))) {
                        buttons.add(new Button(
                                text(element.get("text")),
                                String.valueOf(element.get("action_id")),
                                String.valueOf(element.get("value"))));
                    } else {
                        addText(element, lines);
                    }
                }
            }
        }
        if (block.get("accessory") instanceof Map<?, ?> accessory && "button".equals(accessory.get("type"))) {
            buttons.add(new Button(
                    text(accessory.get("text")),
                    String.valueOf(accessory.get("action_id")),
                    String.valueOf(accessory.get("value"))));
        }
    }

    private static void addText(Object textObject, List<String> lines) {
        String text = text(textObject);
        if (!text.isEmpty()) {
            lines.add(text);
        }
    }

    private static String text(Object textObject) {
        if (textObject instanceof Map<?, ?> t && t.get("text") instanceof String s) {
            return s;
        }
        return "";
    }
}
