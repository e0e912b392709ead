/**
 * Running approved runbooks for an incident: parameters bound and checked, steps run in dependency order (independent
 * ones in parallel) through the {@link dev.firebreak.diagnostics.ClusterGateway} port, guarded steps held for a second
 * person's approval, every run and step recorded.
 */
package dev.firebreak.diagnostics;
