package dev.firebreak.diagnostics;

/** A run that must not start (unknown runbook, not allowed, bad parameters, cluster not usable): says why. */
public class DiagnosticsRefusal extends RuntimeException {
    public DiagnosticsRefusal(String message) {
        super(message);
    }
}
