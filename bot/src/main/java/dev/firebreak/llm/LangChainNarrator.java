package dev.firebreak.llm;

import dev.firebreak.summary.Narrator;
import dev.firebreak.summary.NarratorException;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.output.TokenUsage;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link Narrator} on the configured LangChain4j chat model; none configured means summaries stay deterministic. */
@Singleton
class LangChainNarrator implements Narrator {
    private static final Logger LOG = LoggerFactory.getLogger(LangChainNarrator.class);
    private static final double TEMPERATURE = 0.1;
    private static final int MAX_OUTPUT_TOKENS = 800;

    private final ChatModel model;
    private final String name;
    private final LlmMetrics metrics;

    LangChainNarrator(LlmSettings settings, MeterRegistry meters) {
        String provider = settings.providerName();
        this.metrics = new LlmMetrics(meters, provider);
        this.model = build(settings, provider);
        this.name = model == null ? "none" : provider + ":" + modelName(settings, provider);
        LOG.info(model == null ? "No LLM configured (FIREBREAK_LLM_PROVIDER=none): summaries are deterministic"
                : "LLM narrative by {}", name);
    }

    @Override
    public boolean enabled() {
        return model != null;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public NarratorAnswer ask(String prompt) {
        long started = System.nanoTime();
        try {
            ChatResponse response = model.chat(UserMessage.from(prompt));
            TokenUsage usage = response.tokenUsage();
            NarratorAnswer answer = new NarratorAnswer(response.aiMessage().text(),
                    usage == null || usage.inputTokenCount() == null ? 0 : usage.inputTokenCount(),
                    usage == null || usage.outputTokenCount() == null ? 0 : usage.outputTokenCount());
            metrics.answered(System.nanoTime() - started, answer.inputTokens(), answer.outputTokens());
            return answer;
        } catch (RuntimeException e) {
            metrics.failed(System.nanoTime() - started);
            throw new NarratorException(e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()), e);
        }
    }

    private static ChatModel build(LlmSettings s, String provider) {
        switch (provider) {
            case "none":
                return null;
            case "openai":
                return OpenAiChatModel.builder()
                        .baseUrl(s.openaiBaseUrl() == null || s.openaiBaseUrl().isBlank() ? "https://api.openai.com/v1" : s.openaiBaseUrl())
                        .apiKey(s.openaiApiKey() == null ? "none" : s.openaiApiKey())
                        .modelName(modelName(s, provider)).temperature(TEMPERATURE).maxTokens(MAX_OUTPUT_TOKENS)
                        .responseFormat("json_object").timeout(s.timeout()).maxRetries(0).build();
            case "anthropic":
                return AnthropicChatModel.builder().apiKey(s.anthropicApiKey()).modelName(modelName(s, provider))
                        .temperature(TEMPERATURE).maxTokens(MAX_OUTPUT_TOKENS).timeout(s.timeout()).maxRetries(0).build();
            case "ollama":
                return OllamaChatModel.builder()
                        .baseUrl(s.ollamaBaseUrl() == null || s.ollamaBaseUrl().isBlank() ? "http://localhost:11434" : s.ollamaBaseUrl())
                        .modelName(modelName(s, provider)).temperature(TEMPERATURE).timeout(s.timeout()).maxRetries(0).build();
            default:
                throw new ConfigurationException("FIREBREAK_LLM_PROVIDER must be openai, anthropic, ollama or none, not '" + provider + "'");
        }
    }

    private static String modelName(LlmSettings s, String provider) {
        switch (provider) {
            case "anthropic": return s.modelOr("claude-3-5-haiku-latest");
            case "ollama": return s.modelOr("llama3.1");
            default: return s.modelOr("gpt-4o-mini");
        }
    }

    private static String firstLine(String message) {
        return message == null ? "no message" : message.split("\n", 2)[0];
    }
}
