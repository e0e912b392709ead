package dev.firebreak.postmortem;

import dev.firebreak.summary.ModelAnswer;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

/** Checks the model's answer is the JSON object {@code postmortem.v1.txt} asks for; anything else is not used. */
@Singleton
class PostmortemAnswerParser {
    static final int MAX_TEXT = 600;
    static final int MAX_ITEM = 300;
    static final int MAX_ITEMS = 6;

    private final JsonMapper json;

    PostmortemAnswerParser(JsonMapper json) {
        this.json = json;
    }

    PostmortemDraft.Narrative parse(String answer) throws ModelAnswer.Invalid {
        ModelAnswer a = ModelAnswer.parse(json, answer);
        return new PostmortemDraft.Narrative(a.text("summary", MAX_TEXT), a.text("impact", MAX_TEXT),
                a.list("root_causes", MAX_ITEMS, MAX_ITEM), a.list("contributing_factors", MAX_ITEMS, MAX_ITEM),
                a.list("went_well", MAX_ITEMS, MAX_ITEM), a.list("went_badly", MAX_ITEMS, MAX_ITEM));
    }
}
