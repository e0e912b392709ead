package dev.firebreak.integrations.kubernetes;

import io.fabric8.kubernetes.api.model.Pod;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code logs}: a pod's log, or for a {@code deployment} the logs of up to {@value #MAX_PODS} of its pods (the least
 * healthy first), each under a header line naming the pod (see {@link PodLogSection}). Each section keeps its newest
 * lines within an equal share of the output budget, so one noisy pod cannot hide the others. Without a
 * {@code container}, a pod with several gets the one {@code kubectl logs} would read (see {@link LogContainers}).
 */
final class LogsAction implements Action {
    static final int MAX_PODS = 5;
    static final int MAX_TAIL_LINES = 10_000;

    @Override
    public String name() {
        return "logs";
    }

    @Override
    public String verb() {
        return "get";
    }

    @Override
    public void run(ActionContext ctx, Output out) {
        String ns = ctx.namespace();
        String container = ctx.name("container").orElse(null);
        Optional<String> named = ctx.name("pod");
        List<Pod> selected = named.isPresent() ? List.of() : leastHealthy(ctx, out);
        int sections = named.isPresent() ? 1 : selected.size();
        if (sections == 0) {
            return;
        }
        // An equal share per pod, minus its header line and the facade's truncation note.
        int linesPerPod = Math.max(1, (ctx.settings().maxLines() - 1) / sections - 1);
        long bytesPerPod = Math.max(256, (ctx.settings().maxBytes() - OutputLimiter.NOTE_RESERVE_BYTES) / sections
                - 200);
        int tail = ctx.integer("tailLines", 1, MAX_TAIL_LINES).orElse(ctx.settings().maxLines());
        PodLogSection section = new PodLogSection(ctx, ns, container, tail, linesPerPod, bytesPerPod);
        if (named.isPresent()) {
            section.writeNamed(named.get(), out);
        } else {
            selected.forEach(pod -> section.writeKnown(pod, out));
        }
    }

    private static List<Pod> leastHealthy(ActionContext ctx, Output out) {
        if (ctx.name("deployment").isEmpty()) {
            throw new InvalidActionRequestException(ctx.cluster(), "logs needs a 'pod' or a 'deployment' argument");
        }
        List<Pod> pods = PodSelection.resolve(ctx, out);
        if (pods.size() > MAX_PODS) {
            out.line("showing logs of " + MAX_PODS + " of " + pods.size() + " pods (least healthy first)");
        }
        return pods.stream()
                .sorted(Comparator.comparingLong(ContainerStates::ready)
                        .thenComparing(Comparator.comparingInt(ContainerStates::restarts).reversed()))
                .limit(MAX_PODS).toList();
    }
}
