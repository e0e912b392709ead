package dev.firebreak.webhook;

import dev.firebreak.api.ApiError;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@code POST /webhooks/<source>} for every {@link WebhookSource}; the raw body is read so signatures can be checked. */
@Controller("/webhooks")
class WebhookController {
    private final WebhookIntake intake;
    private final Map<String, WebhookSource<?>> sources;

    WebhookController(WebhookIntake intake, List<WebhookSource<?>> sources) {
        this.intake = intake;
        this.sources = sources.stream().collect(Collectors.toMap(WebhookSource::name, Function.identity()));
    }

    @Post(value = "/{source}", consumes = MediaType.ALL)
    @ExecuteOn(TaskExecutors.BLOCKING)
    HttpResponse<ApiError> receive(@PathVariable String source, HttpRequest<?> request, @Body byte[] body) {
        WebhookSource<?> found = sources.get(source);
        if (found == null) {
            return WebhookIntake.answer(HttpStatus.NOT_FOUND, "No webhook at /webhooks/" + source);
        }
        return intake.receive(found, request, body);
    }
}
