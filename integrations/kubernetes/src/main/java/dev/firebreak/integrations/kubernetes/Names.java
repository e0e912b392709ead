package dev.firebreak.integrations.kubernetes;

import java.util.regex.Pattern;

/**
 * Kubernetes name syntax (DNS-1123), checked again here although callers validate: these strings end up in API
 * paths and label selectors, and a runbook template filled from an alert label is untrusted input.
 */
final class Names {
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern SUBDOMAIN =
            Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    // Label selector grammar is richer than this, but every valid selector uses only these characters.
    private static final Pattern SELECTOR = Pattern.compile("[A-Za-z0-9._/=!,() -]+");
    // Kinds are CamelCase identifiers (Pod, Deployment, PersistentVolumeClaim).
    private static final Pattern KIND = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,62}");

    private Names() {}

    /** Namespaces are DNS-1123 labels. */
    static boolean isLabel(String value) {
        return value != null && value.length() <= 63 && LABEL.matcher(value).matches();
    }

    /** Most object names (pods, deployments, nodes, services, PVCs) are DNS-1123 subdomains. */
    static boolean isSubdomain(String value) {
        return value != null && value.length() <= 253 && SUBDOMAIN.matcher(value).matches();
    }

    static boolean isSelector(String value) {
        return value != null && value.length() <= 1024 && SELECTOR.matcher(value).matches();
    }

    static boolean isKind(String value) {
        return value != null && KIND.matcher(value).matches();
    }
}
