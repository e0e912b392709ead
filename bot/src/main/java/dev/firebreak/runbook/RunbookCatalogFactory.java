package dev.firebreak.runbook;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.exceptions.ConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads and validates every runbook when Firebreak starts: one invalid runbook stops the start with its file, line
 * and reason, so a broken allowlist is found by whoever deploys it, not by a responder at 3 a.m.
 */
@Factory
class RunbookCatalogFactory {
    private static final Logger LOG = LoggerFactory.getLogger(RunbookCatalogFactory.class);

    @Context
    RunbookCatalog runbookCatalog(RunbookSettings settings) {
        boolean configured = settings.dir() != null && !settings.dir().isBlank();
        Path dir = Path.of(configured ? settings.dir() : RunbookSettings.DEFAULT_DIR);
        if (!configured && !Files.isDirectory(dir)) {
            LOG.warn("No runbooks directory at {}: runbook diagnostics are off (set FIREBREAK_RUNBOOKS_DIR)",
                    dir.toAbsolutePath());
            return RunbookCatalog.empty();
        }
        try {
            RunbookCatalog catalog = RunbookCatalog.load(dir);
            LOG.info("Loaded {} runbooks from {}: {}", catalog.size(), dir, catalog.ids());
            return catalog;
        } catch (RunbookValidationException e) {
            throw new ConfigurationException("Invalid runbooks in " + dir.toAbsolutePath() + ":\n" + e.getMessage(), e);
        }
    }
}
