package dev.firebreak.integrations.jira;

import io.micronaut.core.annotation.Nullable;

/**
 * A workflow transition available on an issue now. Transition ids differ per workflow, so callers pick one by
 * {@code toStatusCategory} (e.g. the first leading to "done") rather than by a configured id.
 */
public record Transition(String id, String name, @Nullable String toStatus, @Nullable String toStatusCategory) {}
