package dev.firebreak.integrations.kubernetes.analysis;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * Analysis configuration, bound from {@code firebreak.kubernetes.analysis.*}. {@code optIn} names the opt-in analyzers
 * to run (jobs, cronjobs, ingresses, hpas), once Firebreak's ClusterRole may read what they need; unknown names are
 * refused when {@link ClusterAnalysis} is created. Each analyzer runs under {@code firebreak.kubernetes.step-timeout}.
 */
@ConfigurationProperties(AnalysisSettings.PREFIX)
public record AnalysisSettings(@Nullable List<String> optIn) {
    public static final String PREFIX = "firebreak.kubernetes.analysis";

    public AnalysisSettings {
        optIn = optIn == null ? List.of() : optIn.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public static AnalysisSettings defaults() {
        return new AnalysisSettings(null);
    }
}
