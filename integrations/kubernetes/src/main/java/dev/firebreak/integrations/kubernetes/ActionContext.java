package dev.firebreak.integrations.kubernetes;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What an action runs with: the cluster's client, its arguments (re-checked on access) and one "now" so every age in
 * one output is computed from the same instant.
 */
final class ActionContext {
    static final String DEFAULT_NAMESPACE = "default";

    private final KubernetesClient client;
    private final String cluster;
    private final Map<String, String> args;
    private final ClusterSettings settings;
    private final Instant now;

    ActionContext(KubernetesClient client, String cluster, Map<String, String> args, ClusterSettings settings,
            Instant now) {
        this.client = client;
        this.cluster = cluster;
        this.args = args;
        this.settings = settings;
        this.now = now;
    }

    KubernetesClient client() {
        return client;
    }

    String cluster() {
        return cluster;
    }

    ClusterSettings settings() {
        return settings;
    }

    Instant now() {
        return now;
    }

    /** The namespace (a DNS-1123 label); {@code default} when not given, as with kubectl. */
    String namespace() {
        String ns = args.getOrDefault("namespace", DEFAULT_NAMESPACE);
        if (!Names.isLabel(ns)) {
            throw invalid("namespace", ns, "a DNS-1123 label");
        }
        return ns;
    }

    /** An object name argument (pod, deployment, node, ...), checked as a DNS-1123 subdomain. */
    Optional<String> name(String key) {
        String value = args.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!Names.isSubdomain(value)) {
            throw invalid(key, value, "a DNS-1123 name");
        }
        return Optional.of(value);
    }

    String requiredName(String key) {
        return name(key).orElseThrow(() -> new InvalidActionRequestException(cluster, "argument '" + key
                + "' is required"));
    }

    Optional<String> selector() {
        String value = args.get("selector");
        if (value != null && !Names.isSelector(value)) {
            throw invalid("selector", value, "a label selector such as app=api,tier!=db");
        }
        return Optional.ofNullable(value);
    }

    Optional<String> kind() {
        String value = args.get("kind");
        if (value != null && !Names.isKind(value)) {
            throw invalid("kind", value, "a kind such as Pod or Deployment");
        }
        return Optional.ofNullable(value);
    }

    Optional<Integer> integer(String key, int min, int max) {
        String value = args.get(key);
        if (value == null) {
            return Optional.empty();
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return Optional.of(n);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(key, value, "a whole number from " + min + " to " + max);
    }

    Optional<Duration> duration(String key) {
        String value = args.get(key);
        if (value == null) {
            return Optional.empty();
        }
        Duration d = Durations.parse(value);
        if (d == null) {
            throw invalid(key, value, "a duration such as 30m, 2h or 1d");
        }
        return Optional.of(d);
    }

    boolean flag(String key) {
        String value = args.get(key);
        if (value == null) {
            return false;
        }
        String v = value.toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("false")) {
            return v.equals("true");
        }
        throw invalid(key, value, "true or false");
    }

    private InvalidActionRequestException invalid(String key, String value, String expected) {
        // The value is echoed cut short: it came from a runbook template and may be anything.
        String shown = value.length() > 80 ? value.substring(0, 80) + "…" : value;
        return new InvalidActionRequestException(cluster, "argument '" + key + "' must be " + expected + ", got '"
                + shown + "'");
    }
}
