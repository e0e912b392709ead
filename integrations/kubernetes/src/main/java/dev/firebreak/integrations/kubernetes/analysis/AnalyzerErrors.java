package dev.firebreak.integrations.kubernetes.analysis;

import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;

/** One line per failed analyzer that tells on-call what to do: grant a permission, retry, or report a bug. */
final class AnalyzerErrors {
    private AnalyzerErrors() {}

    static String timedOut(String analyzer, Duration timeout) {
        return analyzer + ": did not finish within " + timeout.toMillis() / 1000.0 + "s";
    }

    static String describe(String analyzer, Throwable error) {
        Throwable e = error instanceof ExecutionException && error.getCause() != null ? error.getCause() : error;
        if (e instanceof KubernetesClientException kce && kce.getCode() == 403) {
            String resource = kce.getResourcePlural() == null ? "" : " " + kce.getResourcePlural()
                    + (kce.getGroup() == null || kce.getGroup().isEmpty() ? "" : "." + kce.getGroup());
            return analyzer + ": access denied: Firebreak may not list" + resource + " (grant it in the ClusterRole,"
                    + " or leave this analyzer out of " + AnalysisSettings.PREFIX + ".opt-in)";
        }
        if (e instanceof KubernetesClientException kce && kce.getCode() != 0) {
            String message = kce.getStatus() != null && kce.getStatus().getMessage() != null
                    ? kce.getStatus().getMessage() : kce.getMessage();
            return analyzer + ": the API server answered " + kce.getCode() + ": " + message;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException io) {
                return analyzer + ": cannot reach the API server: " + io.getClass().getSimpleName() + " "
                        + io.getMessage();
            }
        }
        // Anything else is a bug in the analyzer (or an object shape it did not expect): say which, keep going.
        return analyzer + ": failed: " + e.getClass().getSimpleName() + (e.getMessage() == null ? ""
                : ": " + e.getMessage());
    }
}
