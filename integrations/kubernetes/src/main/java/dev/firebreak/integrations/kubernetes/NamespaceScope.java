package dev.firebreak.integrations.kubernetes;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The namespaces Firebreak may read ({@code firebreak.kubernetes.namespaces}, env FIREBREAK_NAMESPACES):
 * comma-separated names, {@code *} globs allowed, {@code cluster/namespace} to scope an entry to one cluster.
 * Unset means every namespace. {@link Clusters} checks it before handing out a client, so every read (summaries,
 * runbook steps) is checked before its first API call.
 */
// Created at start, so a malformed setting stops the start and an unset one is warned about right away.
@Context
public final class NamespaceScope {
    private static final Logger LOG = LoggerFactory.getLogger(NamespaceScope.class);
    private static final Pattern NAMESPACE_GLOB = Pattern.compile("[a-z0-9*]([-a-z0-9*]{0,62})");

    private record Entry(@Nullable String cluster, Pattern namespace) {}

    private final List<Entry> entries;
    private final String described;

    @Inject
    NamespaceScope(@Value("${firebreak.kubernetes.namespaces:}") @Nullable String setting) {
        this(parse(setting), setting == null ? "" : setting.strip());
        if (entries.isEmpty()) {
            LOG.warn("FIREBREAK_NAMESPACES is not set: summaries and runbooks may read every namespace of every cluster");
        }
    }

    private NamespaceScope(List<Entry> entries, String described) {
        this.entries = entries;
        this.described = String.join(", ", List.of(described.split("\\s*,\\s*")));
    }

    public static NamespaceScope of(@Nullable String setting) {
        return new NamespaceScope(parse(setting), setting == null ? "" : setting.strip());
    }

    public static NamespaceScope everyNamespace() {
        return of(null);
    }

    public boolean unrestricted() {
        return entries.isEmpty();
    }

    /** True when {@code namespace} on {@code cluster} may be read; null (all namespaces) only when unrestricted. */
    public boolean allows(String cluster, @Nullable String namespace) {
        if (entries.isEmpty()) {
            return true;
        }
        return namespace != null && entries.stream().anyMatch(e -> (e.cluster() == null || e.cluster().equals(cluster))
                && e.namespace().matcher(namespace).matches());
    }

    /** Why {@code namespace} may not be read, naming the allowed set; empty when it may. */
    public java.util.Optional<String> refusal(String cluster, @Nullable String namespace) {
        return allows(cluster, namespace) ? java.util.Optional.empty() : java.util.Optional.of((namespace == null
                ? "reading all namespaces" : "namespace " + namespace) + " is not allowed on cluster " + cluster
                + "; FIREBREAK_NAMESPACES allows: " + described);
    }

    /** Refuses, naming the allowed set, before any API call is made. */
    void check(String cluster, @Nullable String namespace) {
        refusal(cluster, namespace).ifPresent(why -> {
            throw new InvalidActionRequestException(cluster, why);
        });
    }

    private static List<Entry> parse(@Nullable String setting) {
        List<Entry> entries = new ArrayList<>();
        if (setting == null || setting.isBlank()) {
            return entries;
        }
        for (String raw : setting.split(",")) {
            String item = raw.strip();
            if (item.isEmpty()) {
                continue;
            }
            // Context names may hold a '/' themselves (EKS ARNs); the namespace is what follows the last one.
            int slash = item.lastIndexOf('/');
            String cluster = slash < 0 ? null : item.substring(0, slash);
            String ns = item.substring(slash + 1);
            if (!NAMESPACE_GLOB.matcher(ns).matches() || (cluster != null && cluster.isBlank())) {
                throw new ConfigurationException("FIREBREAK_NAMESPACES: '" + item + "' is not a namespace, a glob such as"
                        + " team-*, or cluster/namespace");
            }
            entries.add(new Entry(cluster, Pattern.compile(ns.replace("*", "[-a-z0-9]*"))));
        }
        return List.copyOf(entries);
    }
}
