package dev.firebreak.demo;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.util.Map;

/** Jira Cloud's REST API v3 for the demo: the calls Firebreak makes, answered as Jira does, issues kept in memory. */
@Controller("/demo/jira/rest/api/3")
@Requires(property = DemoRun.ENABLED, value = "true")
@Produces(MediaType.APPLICATION_JSON)
class FakeJiraController {
    private final JiraProject project;
    private final JsonMapper json;
    private final String baseUrl;

    FakeJiraController(JiraProject project, JsonMapper json, @Property(name = DemoRun.BASE_URL) String baseUrl) {
        this.project = project;
        this.json = json;
        this.baseUrl = baseUrl;
    }

    @Post(value = "/issue", consumes = MediaType.ALL)
    HttpResponse<String> create(@Body byte[] body) throws IOException {
        Map<String, Object> request = json.readValue(body, Argument.mapOf(String.class, Object.class));
        JiraProject.DemoIssue issue = project.create(fields(request));
        return HttpResponse.status(HttpStatus.CREATED)
                .body("{\"id\":\"" + issue.id() + "\",\"key\":\"" + issue.key() + "\",\"self\":\"" + baseUrl
                        + "/demo/jira/rest/api/3/issue/" + issue.id() + "\"}");
    }

    @Put(value = "/issue/{key}", consumes = MediaType.ALL)
    HttpResponse<?> edit(@PathVariable String key) {
        return project.find(key).isPresent() ? HttpResponse.noContent() : HttpResponse.notFound();
    }

    @Get("/issue/{key}")
    HttpResponse<String> issue(@PathVariable String key) {
        return project.find(key)
                .<HttpResponse<String>>map(i -> HttpResponse.ok("{\"id\":\"" + i.id() + "\",\"key\":\"" + i.key()
                        + "\",\"fields\":{\"issuelinks\":[],\"status\":" + status(i.done()) + "}}"))
                .orElse(HttpResponse.notFound());
    }

    @Get("/issue/{key}/transitions")
    String transitions(@PathVariable String key) {
        return "{\"transitions\":[]}";
    }

    @Post(value = "/issue/{key}/comment", consumes = MediaType.ALL)
    HttpResponse<String> comment(@PathVariable String key) {
        return HttpResponse.status(HttpStatus.CREATED).body("{\"id\":\"10100\"}");
    }

    @Post(value = "/issueLink", consumes = MediaType.ALL)
    HttpResponse<?> link() {
        return HttpResponse.status(HttpStatus.CREATED);
    }

    @Get("/issueLinkType")
    String linkTypes() {
        return "{\"issueLinkTypes\":[{\"id\":\"10003\",\"name\":\"Relates\",\"inward\":\"relates to\",\"outward\":\"relates to\"}]}";
    }

    @Get("/issue/createmeta/{projectKey}/issuetypes")
    String issueTypes(@PathVariable String projectKey) {
        return "{\"startAt\":0,\"maxResults\":50,\"total\":3,\"issueTypes\":["
                + "{\"id\":\"10001\",\"name\":\"Task\",\"subtask\":false},"
                + "{\"id\":\"10003\",\"name\":\"Sub-task\",\"subtask\":true},"
                + "{\"id\":\"10010\",\"name\":\"Postmortem\",\"subtask\":false}]}";
    }

    @Post(value = "/search/jql", consumes = MediaType.ALL)
    String search() {
        return "{\"issues\":[],\"isLast\":true}";
    }

    @Get("/user/search")
    String users() {
        return "[]";
    }

    @Get("/myself")
    String myself() {
        return "{\"accountId\":\"557058:demo\",\"accountType\":\"atlassian\",\"emailAddress\":\"firebreak@example.com\","
                + "\"displayName\":\"Firebreak\",\"active\":true}";
    }

    @Get("/project/search")
    String projects() {
        return "{\"values\":[{\"key\":\"" + DemoRun.JIRA_PROJECT + "\"}],\"isLast\":true}";
    }

    private static String status(boolean done) {
        return done
                ? "{\"name\":\"Done\",\"statusCategory\":{\"key\":\"done\"}}"
                : "{\"name\":\"To Do\",\"statusCategory\":{\"key\":\"new\"}}";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> fields(Map<String, Object> request) {
        Object fields = request.get("fields");
        return fields instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
