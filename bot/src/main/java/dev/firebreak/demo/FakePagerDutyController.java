package dev.firebreak.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** PagerDuty's REST API for the demo: the paged engineer, notes on the incident, and resolving it. */
@Controller("/demo/pagerduty")
// PagerDuty's clients ask for its versioned media type; the body is JSON either way.
@Produces({"application/vnd.pagerduty+json", MediaType.APPLICATION_JSON})
@Requires(property = DemoRun.ENABLED, value = "true")
class FakePagerDutyController {
    static final String USER_ID = "PDEMO01";
    private final List<String> calls = new CopyOnWriteArrayList<>();

    @Get(value = "/users/{id}")
    String user(@PathVariable String id) {
        calls.add("GET /users/" + id);
        return "{\"user\":{\"id\":\"" + USER_ID + "\",\"type\":\"user\",\"name\":\"Dana Oncall\",\"email\":\""
                + SlackWorkspace.ONCALL_EMAIL + "\"}}";
    }

    @Get(value = "/incidents/{id}/notes")
    String notes(@PathVariable String id) {
        return "{\"notes\":[]}";
    }

    @Post(value = "/incidents/{id}/notes", consumes = MediaType.ALL)
    String addNote(@PathVariable String id, @Body byte[] body) {
        calls.add("POST /incidents/" + id + "/notes " + new String(body, StandardCharsets.UTF_8));
        return "{\"note\":{\"id\":\"N" + calls.size() + "\",\"content\":\"noted\"}}";
    }

    @Put(value = "/incidents/{id}", consumes = MediaType.ALL)
    String update(@PathVariable String id, @Body byte[] body) {
        calls.add("PUT /incidents/" + id + " " + new String(body, StandardCharsets.UTF_8));
        return "{\"incident\":{\"id\":\"" + id + "\",\"type\":\"incident\",\"status\":\"resolved\"}}";
    }

    @Post(value = "/incidents/{id}/responder_requests", consumes = MediaType.ALL)
    HttpResponse<String> responderRequest(@PathVariable String id) {
        calls.add("POST /incidents/" + id + "/responder_requests");
        return HttpResponse.ok("{\"responder_request\":{\"incident\":{\"id\":\"" + id + "\"}}}");
    }

    List<String> calls() {
        return List.copyOf(calls);
    }
}
