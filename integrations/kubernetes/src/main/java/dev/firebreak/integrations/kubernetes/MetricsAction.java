package dev.firebreak.integrations.kubernetes;

import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.metrics.v1beta1.ContainerMetrics;
import io.fabric8.kubernetes.api.model.metrics.v1beta1.NodeMetrics;
import io.fabric8.kubernetes.api.model.metrics.v1beta1.PodMetrics;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code metrics}: current cpu/memory usage of pods (heaviest memory first) and nodes, from the metrics API
 * (metrics-server). Many clusters have none: that is an answer ("metrics API not available"), not a failure.
 */
final class MetricsAction implements Action {
    static final String UNAVAILABLE = "metrics API not available (metrics.k8s.io is not served; is metrics-server"
            + " installed?)";
    private static final BigDecimal MIB = BigDecimal.valueOf(1024L * 1024L);

    @Override
    public String name() {
        return "metrics";
    }

    @Override
    public void run(ActionContext ctx, Output out) {
        String ns = ctx.namespace();
        boolean filtered = ctx.name("pod").isPresent() || ctx.name("deployment").isPresent()
                || ctx.selector().isPresent();
        Set<String> wanted = null;
        if (filtered) {
            wanted = PodSelection.resolve(ctx, out).stream().map(p -> p.getMetadata().getName())
                    .collect(Collectors.toSet());
            if (wanted.isEmpty()) {
                return;
            }
        }
        List<PodMetrics> pods;
        try {
            pods = ctx.client().top().pods().metrics(ns).getItems();
        } catch (KubernetesClientException e) {
            if (absent(e)) {
                out.line(UNAVAILABLE);
                return;
            }
            throw e;
        }
        Set<String> names = wanted;
        List<PodMetrics> shown = pods.stream().filter(m -> names == null || names.contains(m.getMetadata().getName()))
                .sorted(Comparator.comparing(MetricsAction::podMemory).reversed()).toList();
        if (shown.isEmpty()) {
            out.line("no pod metrics in namespace " + ns + " yet (new pods appear after about a minute)");
        }
        for (PodMetrics m : shown) {
            List<ContainerMetrics> containers = m.getContainers() == null ? List.of() : m.getContainers();
            out.line("pod " + m.getMetadata().getName() + " cpu=" + cpu(containers.stream()
                    .map(c -> c.getUsage().get("cpu")).toList()) + " memory=" + memory(containers.stream()
                    .map(c -> c.getUsage().get("memory")).toList()) + " (window " + window(m) + ")");
            if (containers.size() > 1) {
                containers.forEach(c -> out.line("  container " + c.getName() + " cpu="
                        + cpu(List.of(usage(c, "cpu"))) + " memory=" + memory(List.of(usage(c, "memory")))));
            }
        }
        if (!filtered) {
            nodes(ctx, out);
        }
    }

    private static void nodes(ActionContext ctx, Output out) {
        try {
            List<NodeMetrics> nodes = ctx.client().top().nodes().metrics().getItems();
            nodes.stream().sorted(Comparator.comparing(n -> n.getMetadata().getName()))
                    .forEach(n -> out.line("node " + n.getMetadata().getName()
                            + " cpu=" + cpu(List.of(usage(n.getUsage(), "cpu")))
                            + " memory=" + memory(List.of(usage(n.getUsage(), "memory")))));
        } catch (KubernetesClientException e) {
            // Node metrics need a cluster-wide permission that a namespaced role lacks; pod metrics still help.
            if (e.getCode() == 403) {
                out.line("node metrics: access denied (needs list on nodes.metrics.k8s.io)");
            } else if (!absent(e)) {
                throw e;
            }
        }
    }

    private static String window(PodMetrics m) {
        return m.getWindow() == null || m.getWindow().getDuration() == null ? "-"
                : Durations.format(m.getWindow().getDuration());
    }

    static boolean absent(KubernetesClientException e) {
        return e.getCode() == 404 || e.getCode() == 503;
    }

    private static Quantity usage(ContainerMetrics c, String key) {
        return usage(c.getUsage(), key);
    }

    private static Quantity usage(Map<String, Quantity> usage, String key) {
        return usage == null ? null : usage.get(key);
    }

    private static BigDecimal podMemory(PodMetrics m) {
        return m.getContainers() == null ? BigDecimal.ZERO : m.getContainers().stream()
                .map(c -> amount(usage(c, "memory"))).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String cpu(List<Quantity> values) {
        BigDecimal cores = values.stream().map(MetricsAction::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return cores.multiply(BigDecimal.valueOf(1000)).setScale(0, RoundingMode.HALF_UP) + "m";
    }

    private static String memory(List<Quantity> values) {
        BigDecimal bytes = values.stream().map(MetricsAction::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return bytes.divide(MIB, 0, RoundingMode.HALF_UP) + "Mi";
    }

    private static BigDecimal amount(Quantity q) {
        try {
            return q == null ? BigDecimal.ZERO : Quantity.getAmountInBytes(q);
        } catch (ArithmeticException e) {
            return BigDecimal.ZERO;
        }
    }
}
