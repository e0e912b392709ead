package dev.firebreak.integrations.kubernetes;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Kubernetes configuration, bound from {@code firebreak.kubernetes.*}. {@code clusters} lists the kubeconfig context
 * names Firebreak may use, comma-separated (environment FIREBREAK_CLUSTERS, mapped in the application's yml); empty
 * means the kubeconfig's current context, or the in-cluster service account.
 *
 * <p>{@code stepTimeout} bounds one action; {@code maxLines}/{@code maxBytes} bound what one action may return, so a
 * chatty log cannot flood a Slack thread or an LLM prompt.
 */
@ConfigurationProperties(ClusterSettings.PREFIX)
public record ClusterSettings(
        @Nullable String clusters,
        @Bindable(defaultValue = "20s") @Nullable Duration stepTimeout,
        @Bindable(defaultValue = "500") int maxLines,
        @Bindable(defaultValue = "65536") int maxBytes) {

    public static final String PREFIX = "firebreak.kubernetes";
    public static final Duration DEFAULT_STEP_TIMEOUT = Duration.ofSeconds(20);
    public static final int DEFAULT_MAX_LINES = 500;
    public static final int DEFAULT_MAX_BYTES = 64 * 1024;
    // Below these a single useful answer (a pod with its containers, a truncation note) no longer fits.
    static final int MIN_LINES = 10;
    static final int MIN_BYTES = 1024;

    public ClusterSettings {
        stepTimeout = stepTimeout == null || stepTimeout.isZero() || stepTimeout.isNegative()
                ? DEFAULT_STEP_TIMEOUT : stepTimeout;
        maxLines = maxLines <= 0 ? DEFAULT_MAX_LINES : Math.max(maxLines, MIN_LINES);
        maxBytes = maxBytes <= 0 ? DEFAULT_MAX_BYTES : Math.max(maxBytes, MIN_BYTES);
    }

    public static ClusterSettings defaults() {
        return new ClusterSettings(null, DEFAULT_STEP_TIMEOUT, DEFAULT_MAX_LINES, DEFAULT_MAX_BYTES);
    }

    /** The configured context names, trimmed, without blanks or duplicates; empty when none were configured. */
    public List<String> clusterNames() {
        if (clusters == null || clusters.isBlank()) {
            return List.of();
        }
        return Arrays.stream(clusters.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
