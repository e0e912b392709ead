package dev.firebreak.integrations.kubernetes.analysis;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Volume;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The scheduler's "0/3 nodes are available: 3 Insufficient nvidia.com/gpu. preemption: ..." read as the reasons an
 * engineer acts on: a resource no node has, a node selector or affinity no node matches, an unbound claim, a taint
 * the pod does not tolerate. The scheduler's own words are kept after them.
 */
final class SchedulerReasons {
    private static final Pattern INSUFFICIENT = Pattern.compile("Insufficient ([\\w./-]+)");
    private static final Pattern TAINT = Pattern.compile("untolerated taint(?:\\(s\\))? (\\{[^}]*\\})");

    private SchedulerReasons() {}

    /** {@code no node has enough nvidia.com/gpu (the pod requests 1); the scheduler says: 0/3 nodes ...}. */
    static String cause(Pod pod, String message) {
        String said = message.split("\\s*preemption:", 2)[0].strip();
        Set<String> reasons = new LinkedHashSet<>();
        Matcher insufficient = INSUFFICIENT.matcher(said);
        while (insufficient.find()) {
            String resource = insufficient.group(1).replaceAll("\\.$", "");
            String requested = requested(pod, resource);
            reasons.add("no node has enough free " + resource + (requested == null ? ""
                    : " (the pod requests " + requested + ")"));
        }
        if (said.contains("didn't match Pod's node affinity/selector") || said.contains("node(s) didn't match")) {
            reasons.add("no node matches its node selector/affinity" + nodeSelector(pod));
        }
        if (said.contains("unbound immediate PersistentVolumeClaims") || said.contains("unbound PersistentVolumeClaim")) {
            reasons.add("its PersistentVolumeClaim " + claims(pod) + " is not bound to a volume");
        }
        Matcher taint = TAINT.matcher(said);
        while (taint.find()) {
            reasons.add("nodes have the taint " + taint.group(1) + " that it does not tolerate");
        }
        if (said.contains("volume node affinity conflict")) {
            reasons.add("its volume is on nodes (a zone) it cannot run on");
        }
        String scheduler = "the scheduler says: " + said;
        return "cannot be scheduled: " + (reasons.isEmpty() ? scheduler : String.join("; ", reasons) + " — "
                + scheduler);
    }

    private static String requested(Pod pod, String resource) {
        if (pod.getSpec() == null || pod.getSpec().getContainers() == null) {
            return null;
        }
        List<String> amounts = new ArrayList<>();
        pod.getSpec().getContainers().forEach(c -> {
            var r = c.getResources();
            var q = r == null ? null : r.getRequests() != null && r.getRequests().containsKey(resource)
                    ? r.getRequests().get(resource) : r.getLimits() == null ? null : r.getLimits().get(resource);
            if (q != null) {
                amounts.add(q.toString());
            }
        });
        return amounts.isEmpty() ? null : String.join(" + ", amounts);
    }

    private static String nodeSelector(Pod pod) {
        Map<String, String> selector = pod.getSpec() == null ? null : pod.getSpec().getNodeSelector();
        return selector == null || selector.isEmpty() ? "" : " (nodeSelector " + selector.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).sorted().collect(Collectors.joining(", ")) + ")";
    }

    private static String claims(Pod pod) {
        List<Volume> volumes = pod.getSpec() == null || pod.getSpec().getVolumes() == null ? List.of()
                : pod.getSpec().getVolumes();
        return volumes.stream().filter(v -> v.getPersistentVolumeClaim() != null)
                .map(v -> v.getPersistentVolumeClaim().getClaimName()).collect(Collectors.joining(", "));
    }
}
