package dev.firebreak.runbook;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The runbooks Firebreak may run: loaded once, all validated, immutable. A runbook id not in here cannot be run.
 */
public final class RunbookCatalog {
    private final Map<String, Runbook> byId;

    private RunbookCatalog(Map<String, Runbook> byId) {
        this.byId = Collections.unmodifiableMap(byId);
    }

    /**
     * Loads every {@code *.yaml} file of {@code dir}. Throws with all errors of all files when any is invalid, when
     * two files declare the same id, or when there are none (a wrong path must not start a bot with no runbooks).
     */
    public static RunbookCatalog load(Path dir) throws RunbookValidationException {
        return new RunbookCatalog(RunbookFiles.readAll(dir));
    }

    /** No runbooks: diagnostics are off. */
    public static RunbookCatalog empty() {
        return new RunbookCatalog(Map.of());
    }

    public Optional<Runbook> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Ids in file-name order. */
    public Set<String> ids() {
        return byId.keySet();
    }

    public Collection<Runbook> all() {
        return byId.values();
    }

    public int size() {
        return byId.size();
    }

    /** Up to {@code n} ids close to one that does not exist, nearest first, for "did you mean" replies. */
    public List<String> closest(String unknownId, int n) {
        return Levenshtein.closest(unknownId == null ? "" : unknownId, byId.keySet(), n);
    }
}
