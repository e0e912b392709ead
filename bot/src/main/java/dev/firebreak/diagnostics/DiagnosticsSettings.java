package dev.firebreak.diagnostics;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/** {@code firebreak.diagnostics.*}: how long a guarded step waits for approval, and how many steps run at once. */
@ConfigurationProperties("firebreak.diagnostics")
public record DiagnosticsSettings(
        @Bindable(defaultValue = "15m") Duration approvalWindow,
        @Bindable(defaultValue = "6") int parallelSteps,
        @Bindable(defaultValue = "3000") int inlineOutputChars) {}
