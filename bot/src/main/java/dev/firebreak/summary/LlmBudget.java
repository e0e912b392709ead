package dev.firebreak.summary;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/** {@code firebreak.llm.max-input-tokens}: how much evidence one prompt may carry. */
@ConfigurationProperties("firebreak.llm")
public record LlmBudget(@Bindable(defaultValue = "3000") int maxInputTokens) {}
