package dev.firebreak.api;

import dev.firebreak.incident.Refusal;
import dev.firebreak.incident.RefusedException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A refusal over HTTP: a 4xx with what, why and what to do. */
@Produces
@Singleton
@Requires(classes = {RefusedException.class, ExceptionHandler.class})
class RefusalHandler implements ExceptionHandler<RefusedException, HttpResponse<RefusalBody>> {

    @Override
    public HttpResponse<RefusalBody> handle(HttpRequest request, RefusedException exception) {
        Refusal refusal = exception.refusal();
        return HttpResponse.<RefusalBody>status(status(refusal.kind()))
                .body(RefusalBody.of(refusal))
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    static HttpStatus status(Refusal.Kind kind) {
        return switch (kind) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_ALLOWED -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case NOT_POSSIBLE -> HttpStatus.CONFLICT;
        };
    }
}
