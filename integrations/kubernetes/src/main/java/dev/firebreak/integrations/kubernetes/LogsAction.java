package dev.firebreak.integrations.kubernetes;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.ContainerResource;
import io.fabric8.kubernetes.client.dsl.PodResource;
import io.fabric8.kubernetes.client.dsl.TailPrettyLoggable;
import io.fabric8.kubernetes.client.dsl.TimeTailPrettyLoggable;
import java.util.Comparator;
import java.util.List;

/**
 * {@code logs}: a pod's log, or for a {@code deployment} the logs of up to {@value #MAX_PODS} of its pods (the least
 * healthy first), each under a header line naming the pod. Each section keeps its newest lines within an equal share
 * of the output budget, so one noisy pod cannot hide the others.
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
        List<String> podNames;
        if (ctx.name("pod").isPresent()) {
            podNames = List.of(ctx.name("pod").get());
        } else if (ctx.name("deployment").isPresent()) {
            List<Pod> pods = PodSelection.resolve(ctx, out);
            if (pods.size() > MAX_PODS) {
                out.line("showing logs of " + MAX_PODS + " of " + pods.size() + " pods (least healthy first)");
            }
            podNames = pods.stream()
                    .sorted(Comparator.comparingLong(ContainerStates::ready)
                            .thenComparing(Comparator.comparingInt(ContainerStates::restarts).reversed()))
                    .limit(MAX_PODS).map(p -> p.getMetadata().getName()).toList();
        } else {
            throw new InvalidActionRequestException(ctx.cluster(), "logs needs a 'pod' or a 'deployment' argument");
        }
        if (podNames.isEmpty()) {
            return;
        }
        int sections = podNames.size();
        // An equal share per pod, minus its header line and the facade's truncation note.
        int linesPerPod = Math.max(1, (ctx.settings().maxLines() - 1) / sections - 1);
        long bytesPerPod = Math.max(256, (ctx.settings().maxBytes() - OutputLimiter.NOTE_RESERVE_BYTES) / sections
                - 200);
        int tail = ctx.integer("tailLines", 1, MAX_TAIL_LINES).orElse(ctx.settings().maxLines());
        for (String pod : podNames) {
            section(ctx, ns, pod, container, tail, linesPerPod, bytesPerPod, out);
        }
    }

    private static void section(ActionContext ctx, String ns, String pod, String container, int tail,
            int maxLines, long maxBytes, Output out) {
        String header = "== pod " + pod + (container == null ? "" : " container " + container)
                + (ctx.flag("previous") ? " (previous run)" : "") + " ==";
        String log;
        try {
            log = fetch(ctx, ns, pod, container, tail);
        } catch (KubernetesClientException e) {
            // 404: the pod is gone; 400: no such container, no previous run, or a container name is needed.
            if (e.getCode() == 404 || e.getCode() == 400) {
                out.line(header);
                out.line(e.getCode() == 404 ? "pod " + pod + " not found in namespace " + ns
                        : "logs unavailable: " + statusMessage(e));
                return;
            }
            throw e;
        }
        List<String> lines = log == null || log.isEmpty() ? List.of() : List.of(log.split("\r?\n", -1));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines = lines.subList(0, lines.size() - 1);
        }
        OutputLimiter.Capped kept = OutputLimiter.tail(lines, maxLines, maxBytes);
        out.line(kept.omittedLines() > 0
                ? header.substring(0, header.length() - 3) + " last " + kept.lines().size() + " of " + lines.size()
                        + " lines ==" : header);
        if (lines.isEmpty()) {
            out.line("(no log lines)");
        }
        out.omitted(kept.omittedLines(), kept.omittedBytes());
        out.lines(kept.lines());
    }

    private static String fetch(ActionContext ctx, String ns, String pod, String container, int tail) {
        PodResource resource = ctx.client().pods().inNamespace(ns).withName(pod);
        // fabric8 otherwise waits up to 5s for the pod to become ready: exactly what a crash-looping pod never does.
        ContainerResource c = (container == null ? resource : resource.inContainer(container)).withReadyWaitTimeout(0);
        TimeTailPrettyLoggable l = ctx.flag("previous") ? c.terminated() : c;
        TailPrettyLoggable t = ctx.integer("sinceSeconds", 1, Integer.MAX_VALUE).map(l::sinceSeconds).orElse(l);
        return t.tailingLines(tail).getLog();
    }

    private static String statusMessage(KubernetesClientException e) {
        if (e.getStatus() != null && e.getStatus().getMessage() != null) {
            return e.getStatus().getMessage();
        }
        return e.getMessage();
    }
}
