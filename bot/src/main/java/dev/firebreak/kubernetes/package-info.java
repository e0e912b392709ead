/** The {@link dev.firebreak.diagnostics.ClusterGateway} on Kubernetes, over the read-only actions module. */
package dev.firebreak.kubernetes;
