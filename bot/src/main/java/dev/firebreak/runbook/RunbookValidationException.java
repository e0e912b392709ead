package dev.firebreak.runbook;

import java.util.List;

/** The runbooks could not be loaded; the message lists every error, one per line, as {@code file:line:col: reason}. */
public class RunbookValidationException extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<String> errors;

    public RunbookValidationException(List<String> errors) {
        super(String.join("\n", errors));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
