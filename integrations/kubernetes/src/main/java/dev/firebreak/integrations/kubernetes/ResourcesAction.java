package dev.firebreak.integrations.kubernetes;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code resources}: requests and limits per container, flagging containers without limits, and noting an
 * OOMKilled next to the memory limit that caused it.
 */
final class ResourcesAction implements Action {

    @Override
    public String name() {
        return "resources";
    }

    @Override
    public void run(ActionContext ctx, Output out) {
        List<Pod> pods = PodSelection.resolve(ctx, out);
        List<String> unlimited = new ArrayList<>();
        for (Pod pod : pods) {
            String podName = pod.getMetadata().getName();
            for (Container c : pod.getSpec().getContainers()) {
                ResourceRequirements r = c.getResources();
                Map<String, Quantity> requests = r == null ? null : r.getRequests();
                Map<String, Quantity> limits = r == null ? null : r.getLimits();
                String missing = missingLimits(limits);
                if (!missing.isEmpty()) {
                    unlimited.add(podName + "/" + c.getName());
                }
                out.line("pod " + podName + " container " + c.getName()
                        + ": requests cpu=" + get(requests, "cpu") + " memory=" + get(requests, "memory")
                        + "; limits cpu=" + get(limits, "cpu") + " memory=" + get(limits, "memory")
                        + missing + oom(pod, c.getName(), limits));
            }
        }
        if (!unlimited.isEmpty()) {
            out.line(unlimited.size() + " container(s) without cpu or memory limits: " + String.join(", ",
                    unlimited.subList(0, Math.min(unlimited.size(), 20)))
                    + (unlimited.size() > 20 ? ", ..." : ""));
        }
    }

    private static String missingLimits(Map<String, Quantity> limits) {
        boolean cpu = limits != null && limits.containsKey("cpu");
        boolean memory = limits != null && limits.containsKey("memory");
        if (!cpu && !memory) {
            return "  [NO LIMITS]";
        }
        if (!memory) {
            return "  [no memory limit]";
        }
        return cpu ? "" : "  [no cpu limit]";
    }

    private static String oom(Pod pod, String container, Map<String, Quantity> limits) {
        boolean oom = ContainerStates.all(pod).stream()
                .filter(cs -> container.equals(cs.getName())).anyMatch(ContainerStates::oomKilled);
        return oom ? "  [OOMKilled at memory limit " + get(limits, "memory") + "]" : "";
    }

    private static String get(Map<String, Quantity> map, String key) {
        return map == null || map.get(key) == null ? "-" : map.get(key).toString();
    }
}
