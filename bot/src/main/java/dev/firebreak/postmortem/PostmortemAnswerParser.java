package dev.firebreak.postmortem;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Checks the model's answer is the JSON object {@code postmortem.v1.txt} asks for; anything else is not used. */
@Singleton
class PostmortemAnswerParser {
    static final int MAX_TEXT = 600;
    static final int MAX_ITEM = 300;
    static final int MAX_ITEMS = 6;

    static class InvalidAnswer extends Exception {
        InvalidAnswer(String message) {
            super(message);
        }
    }

    private final JsonMapper json;

    PostmortemAnswerParser(JsonMapper json) {
        this.json = json;
    }

    PostmortemDraft.Narrative parse(String answer) throws InvalidAnswer {
        String body = stripCodeFence(answer == null ? "" : answer.strip());
        Map<?, ?> fields;
        try {
            fields = json.readValue(body, Map.class);
        } catch (IOException | RuntimeException e) {
            throw new InvalidAnswer("the answer is not a JSON object");
        }
        if (fields == null) {
            throw new InvalidAnswer("the answer is empty");
        }
        return new PostmortemDraft.Narrative(text(fields, "summary", MAX_TEXT), text(fields, "impact", MAX_TEXT),
                list(fields, "root_causes"), list(fields, "contributing_factors"), list(fields, "went_well"),
                list(fields, "went_badly"));
    }

    private static String text(Map<?, ?> fields, String name, int max) throws InvalidAnswer {
        return clean(fields.get(name), name, max);
    }

    private static List<String> list(Map<?, ?> fields, String name) throws InvalidAnswer {
        Object value = fields.get(name);
        if (!(value instanceof List) || ((List<?>) value).isEmpty() || ((List<?>) value).size() > MAX_ITEMS) {
            throw new InvalidAnswer("the field \"" + name + "\" is not a list of 1 to " + MAX_ITEMS + " strings");
        }
        List<String> items = new ArrayList<>();
        for (Object item : (List<?>) value) {
            items.add(clean(item, name, MAX_ITEM));
        }
        return items;
    }

    private static String clean(Object value, String name, int max) throws InvalidAnswer {
        if (!(value instanceof String) || ((String) value).isBlank()) {
            throw new InvalidAnswer("the field \"" + name + "\" is missing or empty");
        }
        String text = ((String) value).replaceAll("\\p{Cntrl}", " ").strip();
        if (text.length() > max) {
            throw new InvalidAnswer("the field \"" + name + "\" is longer than " + max + " characters");
        }
        return text;
    }

    /** Models often wrap JSON in a ```json fence even when told not to. */
    private static String stripCodeFence(String text) {
        if (text.startsWith("```")) {
            int firstNewline = text.indexOf('\n');
            int lastFence = text.lastIndexOf("```");
            if (firstNewline > 0 && lastFence > firstNewline) {
                return text.substring(firstNewline + 1, lastFence).strip();
            }
        }
        return text;
    }
}
