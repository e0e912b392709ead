package dev.firebreak.integrations.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /slack/events}: slash commands, interactivity and Events API callbacks. Bolt verifies the signature
 * and the timestamp window and answers {@code url_verification}; this class only translates HTTP in and out.
 */
@Controller("/slack")
public class SlackEventsController {
    private final SlackSettings settings;
    private final App app;
    private final SlackRequestParser parser;

    public SlackEventsController(SlackSettings settings, App app) {
        this.settings = settings;
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
    }

    @Post(value = "/events", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON})
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<String> events(HttpRequest<?> request, @Body byte[] body) throws Exception {
        if (!settings.httpEnabled()) {
            return HttpResponse.<String>status(HttpStatus.SERVICE_UNAVAILABLE)
                    .body("Slack is not configured: set SLACK_SIGNING_SECRET");
        }
        Map<String, List<String>> headers = new HashMap<>();
        request.getHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values));
        Map<String, List<String>> query = new HashMap<>(request.getParameters().asMap());
        Request<?> boltRequest = parser.parse(SlackRequestParser.HttpRequest.builder()
                .requestUri(request.getPath())
                .queryString(query)
                .headers(new RequestHeaders(headers))
                .requestBody(new String(body, StandardCharsets.UTF_8))
                .remoteAddress(request.getRemoteAddress().getAddress().getHostAddress())
                .build());
        if (boltRequest == null) {
            return HttpResponse.badRequest("Unrecognised Slack payload");
        }
        Response response = app.run(boltRequest);
        MutableHttpResponse<String> out = HttpResponse.status(HttpStatus.valueOf(response.getStatusCode()));
        response.getHeaders().forEach((name, values) -> values.forEach(v -> out.header(name, v)));
        if (response.getBody() != null) {
            out.body(response.getBody());
        }
        if (response.getContentType() != null) {
            out.contentType(response.getContentType());
        }
        return out;
    }
}
