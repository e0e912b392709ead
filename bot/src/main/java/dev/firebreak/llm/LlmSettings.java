package dev.firebreak.llm;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.util.Locale;

/**
 * {@code firebreak.llm.*}: FIREBREAK_LLM_PROVIDER (openai | anthropic | ollama | none, the default), FIREBREAK_LLM_MODEL,
 * OPENAI_BASE_URL / OPENAI_API_KEY, ANTHROPIC_API_KEY, OLLAMA_BASE_URL.
 */
@ConfigurationProperties("firebreak.llm")
public record LlmSettings(
        @Bindable(defaultValue = "none") String provider,
        @Nullable String model,
        @Bindable(defaultValue = "20s") Duration timeout,
        @Nullable String openaiBaseUrl,
        @Nullable String openaiApiKey,
        @Nullable String anthropicApiKey,
        @Nullable String ollamaBaseUrl) {

    public String providerName() {
        return provider == null || provider.isBlank() ? "none" : provider.trim().toLowerCase(Locale.ROOT);
    }

    String modelOr(String fallback) {
        return model == null || model.isBlank() ? fallback : model;
    }

    @Override
    public String toString() {
        return "LlmSettings[provider=" + providerName() + ", model=" + model + ", timeout=" + timeout
                + ", openaiBaseUrl=" + openaiBaseUrl + ", openaiApiKey=" + (openaiApiKey == null ? "unset" : "***")
                + ", anthropicApiKey=" + (anthropicApiKey == null ? "unset" : "***") + ", ollamaBaseUrl=" + ollamaBaseUrl + "]";
    }
}
