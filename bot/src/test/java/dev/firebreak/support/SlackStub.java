package dev.firebreak.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Slack's Web API on WireMock: every method Firebreak calls answers like Slack does. Tests override single
 * methods to inject errors and rate limits.
 */
public final class SlackStub implements AutoCloseable {
    private final WireMockServer server = new WireMockServer(options().dynamicPort());
    private final java.util.Set<java.util.UUID> defaults = new java.util.HashSet<>();

    public SlackStub() {
        server.start();
        reset();
    }

    public String apiUrl() {
        return server.baseUrl() + "/api/";
    }

    public WireMockServer server() {
        return server;
    }

    /**
     * Back to the default answers, with an empty journal. Test-specific stubs are removed one by one rather than
     * all at once, so a background job calling Slack meanwhile never meets a server without answers.
     */
    public void reset() {
        if (defaults.isEmpty()) {
            defaults.add(server.stubFor(any(anyUrl()).atPriority(10).willReturn(ok("{}"))).getId());
            defaults.add(server.stubFor(post(urlPathEqualTo("/api/conversations.create")).atPriority(9).willReturn(
                    ok("{\"channel\":{\"id\":\"C{{randomValue length=9 type='ALPHANUMERIC' uppercase=true}}\",\"name\":\"{{formData request.body 'form' urlDecode=true}}{{form.name}}\"}}")
                            .withTransformers("response-template"))).getId());
            defaults.add(server.stubFor(post(urlPathEqualTo("/api/chat.postMessage")).atPriority(9).willReturn(
                    ok("{\"channel\":\"{{formData request.body 'form' urlDecode=true}}{{form.channel}}\",\"ts\":\"{{now format='epoch'}}.{{randomInt lower=100000 upper=999999}}\"}")
                            .withTransformers("response-template"))).getId());
            // Slack's file upload: ask for an upload URL, send the bytes there, then complete it.
            defaults.add(server.stubFor(post(urlPathEqualTo("/api/files.getUploadURLExternal")).atPriority(9).willReturn(
                    ok("{\"upload_url\":\"" + server.baseUrl() + "/upload/F{{randomValue length=8 type='NUMERIC'}}\",\"file_id\":\"F{{randomValue length=8 type='NUMERIC'}}\"}")
                            .withTransformers("response-template"))).getId());
            defaults.add(server.stubFor(post(urlPathEqualTo("/api/files.completeUploadExternal")).atPriority(9).willReturn(
                    ok("{\"files\":[{\"id\":\"F1\",\"name\":\"output.txt\"}]}"))).getId());
        }
        server.getStubMappings().stream().filter(m -> !defaults.contains(m.getId())).forEach(server::removeStubMapping);
        server.resetScenarios();
        server.resetRequests();
    }

    /** Answers {@code method} with {@code ok:false} and the given error. */
    public void fail(String method, String error) {
        server.stubFor(post(urlPathEqualTo("/api/" + method)).willReturn(
                aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"ok\":false,\"error\":\"" + error + "\"}")));
    }

    public void answer(String method, String okJsonFields) {
        server.stubFor(post(urlPathEqualTo("/api/" + method)).willReturn(ok(okJsonFields)));
    }

    public List<LoggedRequest> calls(String method) {
        return server.findAll(postRequestedFor(urlPathEqualTo("/api/" + method)));
    }

    /**
     * The first call of {@code method}, waiting for it: WireMock may journal a request a moment after answering
     * it, so a test that saw the effect of a call can still be early for its record.
     */
    public LoggedRequest first(String method) {
        Eventually.await("a " + method + " call", () -> !calls(method).isEmpty());
        return calls(method).get(0);
    }

    /** The form of the first {@code method} call that {@code match} accepts, waiting for it (see {@link #first}). */
    public Map<String, String> awaitForm(String method, java.util.function.Predicate<Map<String, String>> match) {
        Eventually.await("a matching " + method + " call", () -> calls(method).stream().map(SlackStub::form).anyMatch(match));
        return calls(method).stream().map(SlackStub::form).filter(match).findFirst().orElseThrow();
    }

    /** The calls of {@code method} once there are at least {@code atLeast} of them (see {@link #first}). */
    public List<LoggedRequest> awaitCalls(String method, int atLeast) {
        Eventually.await(atLeast + " " + method + " calls", () -> calls(method).size() >= atLeast);
        return calls(method);
    }

    public int count(String method) {
        return calls(method).size();
    }

    public List<LoggedRequest> all() {
        return server.findAll(postRequestedFor(anyUrl()));
    }

    public static Map<String, String> form(LoggedRequest request) {
        Map<String, String> form = new HashMap<>();
        String body = request.getBodyAsString();
        if (body.isBlank()) {
            return form;
        }
        for (String pair : body.split("&")) {
            String[] kv = pair.split("=", 2);
            form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return form;
    }

    /** Gson, which the Slack SDK uses, escapes {@code <} and {@code >}; tests read JSON the way Slack does. */
    public static String unescapeJson(String json) {
        return new com.google.gson.GsonBuilder().disableHtmlEscaping().create()
                .toJson(com.google.gson.JsonParser.parseString(json));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder ok(String fields) {
        String body = fields.equals("{}") ? "{\"ok\":true}" : "{\"ok\":true," + fields.substring(1);
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    @Override
    public void close() {
        server.stop();
    }
}
