package dev.firebreak.summary;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

/**
 * Checks the model's answer is the JSON object {@code summary.v1.txt} asks for. Anything else is not used: the
 * summary falls back to the deterministic one and says why.
 */
@Singleton
class NarrativeParser {
    static final int MAX_FIELD = 600;
    static final int MAX_NARRATIVE = 1200;

    private final JsonMapper json;

    NarrativeParser(JsonMapper json) {
        this.json = json;
    }

    Narrative parse(String answer) throws ModelAnswer.Invalid {
        ModelAnswer a = ModelAnswer.parse(json, answer);
        return new Narrative(a.text("what_is_failing", MAX_FIELD), a.text("since", MAX_FIELD),
                a.text("likely_cause", MAX_FIELD), a.text("narrative", MAX_NARRATIVE));
    }
}
