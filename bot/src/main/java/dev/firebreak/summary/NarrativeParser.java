package dev.firebreak.summary;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Map;

/**
 * Checks the model's answer is the JSON object the template asked for. Anything else is not used: the summary falls
 * back to the deterministic one and says why.
 */
@Singleton
class NarrativeParser {
    static final int MAX_FIELD = 600;
    static final int MAX_NARRATIVE = 1200;

    static class InvalidNarrative extends Exception {
        InvalidNarrative(String message) {
            super(message);
        }
    }

    private final JsonMapper json;

    NarrativeParser(JsonMapper json) {
        this.json = json;
    }

    Narrative parse(String answer) throws InvalidNarrative {
        String body = stripCodeFence(answer == null ? "" : answer.strip());
        Map<?, ?> fields;
        try {
            fields = json.readValue(body, Map.class);
        } catch (IOException | RuntimeException e) {
            throw new InvalidNarrative("the answer is not a JSON object");
        }
        if (fields == null) {
            throw new InvalidNarrative("the answer is empty");
        }
        return new Narrative(field(fields, "what_is_failing", MAX_FIELD), field(fields, "since", MAX_FIELD),
                field(fields, "likely_cause", MAX_FIELD), field(fields, "narrative", MAX_NARRATIVE));
    }

    private static String field(Map<?, ?> fields, String name, int max) throws InvalidNarrative {
        Object value = fields.get(name);
        if (!(value instanceof String) || ((String) value).isBlank()) {
            throw new InvalidNarrative("the field \"" + name + "\" is missing or empty");
        }
        String text = ((String) value).replaceAll("\\p{Cntrl}", " ").strip();
        if (text.length() > max) {
            throw new InvalidNarrative("the field \"" + name + "\" is longer than " + max + " characters");
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
