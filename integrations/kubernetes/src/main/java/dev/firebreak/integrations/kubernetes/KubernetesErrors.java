package dev.firebreak.integrations.kubernetes;

import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;

/**
 * Turns what fabric8 throws into our exceptions at the adapter boundary, with a message an on-call engineer can act
 * on: which permission is missing, whether the API server is down or slow.
 */
final class KubernetesErrors {
    // From the API server's 403 text: ... cannot list resource "pods" in API group "" in the namespace "shop"
    private static final Pattern FORBIDDEN =
            Pattern.compile("cannot (\\S+) resource \"([^\"]+)\"(?: in API group \"([^\"]*)\")?"
                    + "(?: in the namespace \"([^\"]+)\")?");

    private KubernetesErrors() {}

    static ClusterException translate(String cluster, Action action, Throwable error) {
        if (error instanceof ClusterException ce) {
            return ce;
        }
        IOException io = ioCause(error);
        if (io instanceof SSLException) {
            return new ClusterUnavailableException(cluster, "TLS handshake with the API server failed: "
                    + io.getMessage() + " (check the kubeconfig's certificate authority)", false, error);
        }
        if (io != null) {
            return new ClusterUnavailableException(cluster, "cannot reach the API server: "
                    + io.getClass().getSimpleName() + " " + Text.or(io.getMessage(), ""), true, error);
        }
        if (!(error instanceof KubernetesClientException kce)) {
            return new ClusterException(cluster, action.name() + " failed: " + error, false, error);
        }
        int code = kce.getCode();
        if (code == 403) {
            return forbidden(cluster, action, kce);
        }
        if (code == 401) {
            return new ClusterAccessDeniedException(cluster, "authenticate", "-", "the API server rejected"
                    + " Firebreak's credentials (401): the token or client certificate is expired or invalid", kce);
        }
        if (code == 0) {
            return new ClusterUnavailableException(cluster, "no answer from the API server: " + kce.getMessage(),
                    true, kce);
        }
        if (code == 429 || code >= 500) {
            return new ClusterUnavailableException(cluster, "the API server answered " + code + ": "
                    + statusMessage(kce), true, kce);
        }
        return new ClusterException(cluster, "the API server refused " + action.name() + " (" + code + "): "
                + statusMessage(kce), false, kce);
    }

    private static ClusterAccessDeniedException forbidden(String cluster, Action action,
            KubernetesClientException kce) {
        String message = statusMessage(kce);
        Matcher m = FORBIDDEN.matcher(message);
        String verb = action.verb();
        String resource = kce.getResourcePlural() == null ? action.name() : kce.getResourcePlural();
        String group = kce.getGroup();
        String namespace = kce.getNamespace();
        if (m.find()) {
            verb = m.group(1);
            resource = m.group(2);
            group = m.group(3);
            namespace = m.group(4) != null ? m.group(4) : namespace;
        }
        String qualified = group == null || group.isEmpty() ? resource : resource + "." + group;
        String where = namespace == null ? "" : " in namespace " + namespace;
        return new ClusterAccessDeniedException(cluster, verb, qualified, "access denied: Firebreak may not " + verb
                + " " + qualified + where + ". RBAC hint: grant Firebreak's service account the verb \"" + verb
                + "\" on \"" + resource + "\"" + (group == null || group.isEmpty() ? "" : " (API group " + group + ")")
                + " in a Role or ClusterRole", kce);
    }

    static String statusMessage(KubernetesClientException kce) {
        if (kce.getStatus() != null && kce.getStatus().getMessage() != null) {
            return kce.getStatus().getMessage();
        }
        return Text.or(kce.getMessage(), "(no message)");
    }

    private static IOException ioCause(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
