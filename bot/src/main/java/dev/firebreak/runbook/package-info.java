/**
 * Runbooks: the allowlist of diagnostics Firebreak may run. One YAML file per runbook under {@code runbooks/}, loaded
 * and validated all at once ({@link dev.firebreak.runbook.RunbookCatalog#load}); any error stops the load with its
 * file, line and column. At run time {@link dev.firebreak.runbook.ParameterBinder} turns user- and alert-supplied
 * values into checked step arguments, and {@link dev.firebreak.runbook.RunbookAccess} says who may run and approve.
 *
 * <p>Depends on the JDK and SnakeYAML only; it executes nothing. The set of action ids and the arguments each accepts
 * live in {@link dev.firebreak.runbook.ActionCatalog}; whoever executes steps implements those ids.
 */
package dev.firebreak.runbook;
