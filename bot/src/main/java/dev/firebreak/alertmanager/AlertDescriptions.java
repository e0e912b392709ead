package dev.firebreak.alertmanager;

import dev.firebreak.webhook.BodyHash;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** How alerts read in titles and timelines, and which of their labels an incident keeps. */
@Singleton
class AlertDescriptions {
    private static final String ALERTNAME = "alertname";
    /** Labels that say where to look; listed first when they set an alert apart from its group. */
    private static final List<String> LOCATING_LABELS =
            List.of("cluster", "namespace", "deployment", "statefulset", "daemonset", "pod", "container", "node", "instance", "service", "job");
    private static final int MAX_LABELS = 40;
    private static final int MAX_LABEL_VALUE = 1000;

    /** {@code KubePodCrashLooping (namespace=payments)}: the alert name and what grouped it. */
    String title(AlertmanagerPayload payload) {
        Map<String, String> group = payload.groupLabels() == null ? Map.of() : payload.groupLabels();
        String name = group.getOrDefault(ALERTNAME, payload.commonLabelsOrEmpty().getOrDefault(ALERTNAME, "Alert"));
        String rest = ordered(group).entrySet().stream()
                .filter(e -> !e.getKey().equals(ALERTNAME))
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
        return rest.isEmpty() ? name : name + " (" + rest + ")";
    }

    /** One timeline line: status, name, the labels that set this alert apart from its group, and its summary. */
    String line(AlertmanagerPayload.Alert alert, Map<String, String> common) {
        Map<String, String> labels = alert.labelsOrEmpty();
        String distinct = ordered(labels).entrySet().stream()
                .filter(e -> !e.getKey().equals(ALERTNAME) && !e.getValue().equals(common.get(e.getKey())))
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
        String summary = alert.annotations() == null ? null : alert.annotations().get("summary");
        return (alert.firing() ? "Firing: " : "Resolved: ") + labels.getOrDefault(ALERTNAME, "alert")
                + (distinct.isEmpty() ? "" : " [" + distinct + "]")
                + (summary == null ? "" : " — " + summary);
    }

    /** Alertmanager's fingerprint, or a stable stand-in from the labels when an older sender leaves it out. */
    String identity(AlertmanagerPayload.Alert alert) {
        if (alert.fingerprint() != null && !alert.fingerprint().isBlank()) {
            return alert.fingerprint();
        }
        String labels = new TreeMap<>(alert.labelsOrEmpty()).toString();
        return BodyHash.sha256(labels.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    /** The group's common labels (namespace, pod, deployment, cluster, ...), kept on the incident for diagnostics. */
    Map<String, String> labelsToKeep(AlertmanagerPayload payload) {
        Map<String, String> kept = new LinkedHashMap<>();
        ordered(payload.commonLabelsOrEmpty()).entrySet().stream().limit(MAX_LABELS).forEach(e -> kept.put(e.getKey(),
                e.getValue().length() > MAX_LABEL_VALUE ? e.getValue().substring(0, MAX_LABEL_VALUE) : e.getValue()));
        return kept;
    }

    /** Locating labels first, in a fixed order, then the rest alphabetically. */
    private static Map<String, String> ordered(Map<String, String> labels) {
        Map<String, String> out = new LinkedHashMap<>();
        LOCATING_LABELS.stream().filter(labels::containsKey).forEach(k -> out.put(k, labels.get(k)));
        new TreeMap<>(labels).forEach(out::putIfAbsent);
        return out;
    }
}
