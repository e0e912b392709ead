package dev.firebreak.integrations.kubernetes;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarSource;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code pods}: phase, readiness, restarts and each container's state with its last termination, plus the
 * scheduler's reason for a Pending pod. For a single {@code pod} also the env variable names, never their values.
 */
final class PodsAction implements Action {

    @Override
    public String name() {
        return "pods";
    }

    @Override
    public void run(ActionContext ctx, Output out) {
        List<Pod> pods = PodSelection.resolve(ctx, out);
        if (pods.isEmpty()) {
            return;
        }
        out.line(summary(pods, ctx.namespace()));
        boolean single = ctx.name("pod").isPresent();
        for (Pod pod : pods) {
            describe(pod, ctx.now(), single, out);
        }
    }

    private static String summary(List<Pod> pods, String ns) {
        Map<String, Long> phases = pods.stream().collect(Collectors.groupingBy(
                p -> p.getStatus() == null ? "Unknown" : Text.or(p.getStatus().getPhase(), "Unknown"), TreeMap::new,
                Collectors.counting()));
        long notReady = pods.stream().filter(p -> ContainerStates.ready(p) < ContainerStates.main(p).size()
                || ContainerStates.main(p).isEmpty()).count();
        int restarts = pods.stream().mapToInt(ContainerStates::restarts).sum();
        return pods.size() + " pod(s) in namespace " + ns + ": " + phases.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))
                + "; not ready " + notReady + "; restarts " + restarts;
    }

    private static void describe(Pod pod, Instant now, boolean withEnv, Output out) {
        var status = pod.getStatus();
        String phase = status == null ? "Unknown" : Text.or(status.getPhase(), "Unknown");
        out.line("pod " + pod.getMetadata().getName() + " phase=" + phase
                + " ready=" + ContainerStates.ready(pod) + "/" + pod.getSpec().getContainers().size()
                + " restarts=" + ContainerStates.restarts(pod)
                + " node=" + Text.or(pod.getSpec().getNodeName(), "-")
                + " age=" + Text.age(pod.getMetadata().getCreationTimestamp(), now));
        if (status != null && status.getReason() != null) {
            out.line("  reason " + status.getReason() + ": " + Text.or(status.getMessage(), ""));
        }
        if (status != null && status.getConditions() != null) {
            status.getConditions().stream()
                    .filter(c -> "PodScheduled".equals(c.getType()) && "False".equals(c.getStatus()))
                    .forEach(c -> out.line("  scheduling: " + scheduling(c)));
        }
        for (ContainerStatus cs : ContainerStates.all(pod)) {
            boolean init = status.getInitContainerStatuses() != null && status.getInitContainerStatuses().contains(cs);
            String line = "  " + (init ? "init container " : "container ") + cs.getName() + ": "
                    + ContainerStates.current(cs, now) + " restarts=" + Text.nz(cs.getRestartCount());
            String last = ContainerStates.last(cs, now);
            out.line(last == null ? line : line + "; " + last);
        }
        if (withEnv) {
            pod.getSpec().getContainers().forEach(c -> env(c, out));
        }
    }

    private static String scheduling(PodCondition c) {
        return Text.or(c.getReason(), "NotScheduled") + ": " + Text.or(c.getMessage(), "(no message)");
    }

    // Names only: a plaintext value may be a password, and valueFrom shows just where it comes from.
    private static void env(Container c, Output out) {
        List<EnvVar> env = c.getEnv() == null ? List.of() : c.getEnv();
        List<EnvFromSource> envFrom = c.getEnvFrom() == null ? List.of() : c.getEnvFrom();
        if (env.isEmpty() && envFrom.isEmpty()) {
            return;
        }
        String vars = env.stream().map(e -> e.getName() + "=" + source(e.getValueFrom()))
                .collect(Collectors.joining(", "));
        String from = envFrom.stream().map(f -> f.getSecretRef() != null ? "secretRef"
                : f.getConfigMapRef() != null ? "configMapRef" : "other").collect(Collectors.joining(", "));
        out.line("  env " + c.getName() + ": " + (vars.isEmpty() ? "-" : vars)
                + (from.isEmpty() ? "" : "; envFrom: " + from));
    }

    private static String source(EnvVarSource from) {
        if (from == null) {
            return "<redacted>";
        }
        if (from.getSecretKeyRef() != null) {
            return "<secretKeyRef>";
        }
        if (from.getConfigMapKeyRef() != null) {
            return "<configMapKeyRef>";
        }
        if (from.getFieldRef() != null) {
            return "<fieldRef>";
        }
        if (from.getResourceFieldRef() != null) {
            return "<resourceFieldRef>";
        }
        return "<valueFrom>";
    }
}
