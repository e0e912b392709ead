package dev.firebreak.api;

import dev.firebreak.incident.Refusal;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A refusal as JSON: what was refused, why, what to do; {@code message} is the three in one sentence. */
@Serdeable
public record RefusalBody(String what, String why, @Nullable String todo, String message) {
    static RefusalBody of(Refusal r) {
        return new RefusalBody(r.what(), r.why(), r.todo(), r.what() + ": " + r.reason());
    }
}
