package dev.firebreak.api;

import dev.firebreak.incident.FailureId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * Any failure no more specific handler knows (Micronaut's own handlers still answer bad JSON, missing parameters and
 * the like): logged under an id, and the caller reads only the id — never the exception's message.
 */
@Produces
@Singleton
@Requires(classes = ExceptionHandler.class)
class UnexpectedFailureHandler implements ExceptionHandler<RuntimeException, HttpResponse<ApiError>> {

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, RuntimeException exception) {
        String id = FailureId.log(request.getMethodName() + " " + request.getPath(), exception);
        return HttpResponse.<ApiError>serverError(new ApiError(FailureId.userText(id)))
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
