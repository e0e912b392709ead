package dev.firebreak.api;

import dev.firebreak.incident.Refusal;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/** Only in {@link RefusalsOverHttpTest}: endpoints that refuse on purpose, or fail the way a library would. */
@Controller("/api/test-refusals")
@Requires(property = "firebreak.test.refusing-controller", value = "true")
class RefusingController {

    @Get("/{kind}")
    String refuse(String kind) {
        if (kind.equals("library-failure")) {
            throw new IllegalStateException("connection to jdbc:postgresql://db.internal:5432/firebreak refused");
        }
        throw new Refusal(Refusal.Kind.valueOf(kind), "Do the thing", "It cannot be done now.", "Try later.")
                .exception();
    }
}
