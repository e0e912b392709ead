package dev.firebreak.summary;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A language model's answer read as the JSON object a prompt asked for. Every field is checked for type and length
 * and stripped of control characters; anything else is refused, so only plain, bounded text is ever used.
 */
public final class ModelAnswer {

    /** The answer cannot be used; the message says why, for the fallback notice and the exchange record. */
    public static class Invalid extends Exception {
        public Invalid(String message) {
            super(message);
        }
    }

    private final Map<?, ?> fields;

    private ModelAnswer(Map<?, ?> fields) {
        this.fields = fields;
    }

    public static ModelAnswer parse(JsonMapper json, String answer) throws Invalid {
        String body = stripCodeFence(answer == null ? "" : answer.strip());
        Map<?, ?> fields;
        try {
            fields = json.readValue(body, Map.class);
        } catch (IOException | RuntimeException e) {
            throw new Invalid("the answer is not a JSON object");
        }
        if (fields == null) {
            throw new Invalid("the answer is empty");
        }
        return new ModelAnswer(fields);
    }

    public String text(String name, int max) throws Invalid {
        return clean(fields.get(name), name, max);
    }

    public List<String> list(String name, int maxItems, int maxItem) throws Invalid {
        Object value = fields.get(name);
        if (!(value instanceof List) || ((List<?>) value).isEmpty() || ((List<?>) value).size() > maxItems) {
            throw new Invalid("the field \"" + name + "\" is not a list of 1 to " + maxItems + " strings");
        }
        List<String> items = new ArrayList<>();
        for (Object item : (List<?>) value) {
            items.add(clean(item, name, maxItem));
        }
        return items;
    }

    private static String clean(Object value, String name, int max) throws Invalid {
        if (!(value instanceof String) || ((String) value).isBlank()) {
            throw new Invalid("the field \"" + name + "\" is missing or empty");
        }
        String text = ((String) value).replaceAll("\\p{Cntrl}", " ").strip();
        if (text.length() > max) {
            throw new Invalid("the field \"" + name + "\" is longer than " + max + " characters");
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
