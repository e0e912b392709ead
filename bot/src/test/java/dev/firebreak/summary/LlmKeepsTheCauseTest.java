package dev.firebreak.summary;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.google.gson.JsonObject;
import dev.firebreak.diagnostics.FailingWorkloadsAccess;
import dev.firebreak.diagnostics.MockKubernetes;
import dev.firebreak.incident.Incident;
import dev.firebreak.incident.IncidentRepository;
import dev.firebreak.incident.IncidentService;
import dev.firebreak.incident.Severity;
import dev.firebreak.support.AppTestBase;
import dev.firebreak.support.DeclarationBuilder;
import dev.firebreak.support.Eventually;
import dev.firebreak.support.SlackStub;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * With a model configured, the posted summary never loses the cause the evidence names: a model answer that omits it
 * (here: blames the network) is shown after it, not instead of it.
 */
@MicronautTest(transactional = false)
class LlmKeepsTheCauseTest extends AppTestBase {
    private final WireMockServer openAi = new WireMockServer(options().dynamicPort());

    @Inject
    IncidentService incidents;

    @Inject
    IncidentRepository incidentRepository;

    @Override
    protected Map<String, String> extraProperties() {
        openAi.start();
        return Map.of("firebreak.llm.provider", "openai", "firebreak.llm.model", "gpt-4o-mini",
                "firebreak.llm.openai-base-url", openAi.baseUrl() + "/v1", "firebreak.llm.openai-api-key", "sk-test",
                "firebreak.prompts.dir", "../prompts", "firebreak.runbooks.dir", "../runbooks",
                MockKubernetes.ENABLED, "true");
    }

    @AfterAll
    void stopOpenAi() {
        openAi.stop();
    }

    @Test
    void aNarrativeThatOmitsTheCauseStillPostsIt() {
        FailingWorkloadsAccess.seed();
        JsonObject message = new JsonObject();
        message.addProperty("role", "assistant");
        message.addProperty("content", "{\"what_is_failing\":\"payment-api pods keep restarting\",\"since\":\"about"
                + " 40 minutes\",\"likely_cause\":\"a network partition between the nodes\",\"narrative\":\"The pods"
                + " restart in a loop; the network is the likely culprit.\"}");
        openAi.stubFor(post(urlPathEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"chatcmpl-2\",\"object\":"
                        + "\"chat.completion\",\"created\":1764300000,\"model\":\"gpt-4o-mini\",\"choices\":[{\"index\":0,"
                        + "\"message\":" + message + ",\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":400,"
                        + "\"completion_tokens\":60,\"total_tokens\":460}}")));
        Incident incident = incidents.declare(
                DeclarationBuilder.byPerson("Payments API down", "U0IC").severity(Severity.SEV1).build());
        Eventually.await("channel", () -> incidentRepository.findById(incident.id()).orElseThrow().headerRef() != null);
        String channel = incidentRepository.findById(incident.id()).orElseThrow().channelId();

        command("summarize payments/payment-api", channel, "U0IC");

        Map<String, String> posted = slack.awaitForm("chat.postMessage", f -> channel.equals(f.get("channel"))
                && f.get("blocks") != null && f.get("blocks").contains("Summary of payments/payment-api"));
        String blocks = SlackStub.unescapeJson(posted.get("blocks"));
        assertThat(openAi.findAll(postRequestedFor(urlPathEqualTo("/v1/chat/completions")))).hasSize(1);
        // The deterministic cause: what the crash-looping container last said, first; the model's reading after it.
        assertThat(blocks).contains("Narrative by openai:gpt-4o-mini")
                .containsPattern("\\*Likely cause:\\* [^\\n]*container api exits with code 1; its last error line:"
                        + " [^\\n]*connection refused[^\\n]* — the model's reading: a network partition between the nodes");
    }
}
