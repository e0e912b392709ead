package dev.firebreak.postmortem;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.google.gson.JsonObject;
import dev.firebreak.incident.Incident;
import dev.firebreak.summary.LlmExchange;
import dev.firebreak.summary.SummaryService;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The model drafts the narrative sections from redacted evidence; invalid answers fall back and say so. */
@MicronautTest(transactional = false)
class LlmPostmortemTest extends JiraAppTestBase {
    private final WireMockServer openAi = new WireMockServer(options().dynamicPort());

    @Inject
    SummaryService summaries;

    @Override
    protected Map<String, String> extraProperties() {
        openAi.start();
        Map<String, String> p = new java.util.HashMap<>(super.extraProperties());
        p.putAll(Map.of("firebreak.llm.provider", "openai", "firebreak.llm.model", "gpt-4o-mini",
                "firebreak.llm.openai-base-url", openAi.baseUrl() + "/v1", "firebreak.llm.openai-api-key", "sk-test",
                "firebreak.llm.timeout", "2s", "firebreak.prompts.dir", "../prompts"));
        return p;
    }

    @AfterAll
    void stopOpenAi() {
        openAi.stop();
    }

    @Test
    void aValidAnswerFillsTheSectionsAndTheRedactedExchangeIsRecorded() {
        answer("{\"summary\":\"Checkout failed for 20 minutes after a deploy.\",\"impact\":\"Card payments failed.\","
                + "\"root_causes\":[\"A config change removed the DB pool limit.\"],\"contributing_factors\":[\"No canary.\"],"
                + "\"went_well\":[\"Fast rollback.\"],\"went_badly\":[\"Alert fired late.\"]}");
        Incident incident = openIncident("LLM drafted");
        command("note paged oncall.person@example.com, token=ghp_abcdefghijklmnopqrstuvwxyz0123456789", incident.channelId(), COMMANDER);
        command("postmortem", incident.channelId(), COMMANDER);
        awaitPost(incident.channelId(), "narrative drafted by openai:gpt-4o-mini");

        JsonNode doc = PostmortemFlowTest.readJson(jira.awaitCreates(1).get(0).getBodyAsString()).get("fields").get("description");
        assertThat(doc.toString()).contains("A config change removed the DB pool limit.", "Fast rollback.");
        List<LlmExchange> exchanges = summaries.exchanges(incident.id());
        assertThat(exchanges).singleElement().satisfies(e -> {
            assertThat(e.purpose()).isEqualTo("postmortem");
            assertThat(e.promptVersion()).isEqualTo("postmortem.v1.txt");
            assertThat(e.outcome()).isEqualTo("used");
            assertThat(e.sent()).contains("[EMAIL]").doesNotContain("oncall.person@example.com", "ghp_abcdefghij");
        });
    }

    @Test
    void anInvalidAnswerFallsBackToTheTemplateAndSaysWhy() {
        answer("{\"summary\":\"only this\"}");
        Incident incident = openIncident("LLM invalid");
        command("postmortem", incident.channelId(), COMMANDER);
        awaitPost(incident.channelId(), "template: the language model's answer was not usable");
        assertThat(PostmortemFlowTest.readJson(jira.awaitCreates(1).get(0).getBodyAsString()).toString()).contains("To be filled.");
    }

    private void answer(String content) {
        JsonObject message = new JsonObject();
        message.addProperty("role", "assistant");
        message.addProperty("content", content);
        openAi.resetAll();
        openAi.stubFor(post(urlPathEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"c1\",\"object\":\"chat.completion\","
                        + "\"created\":1764300000,\"model\":\"gpt-4o-mini\",\"choices\":[{\"index\":0,\"message\":" + message
                        + ",\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":300,\"completion_tokens\":80,\"total_tokens\":380}}")));
    }
}
