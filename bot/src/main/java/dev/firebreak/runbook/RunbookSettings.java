package dev.firebreak.runbook;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/** {@code firebreak.runbooks.dir} (FIREBREAK_RUNBOOKS_DIR): where the runbook catalog is read from at start. */
@ConfigurationProperties("firebreak.runbooks")
public record RunbookSettings(@Nullable String dir) {
    public static final String DEFAULT_DIR = "runbooks";
}
