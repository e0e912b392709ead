package dev.firebreak.integrations.kubernetes;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.ContainerResource;
import io.fabric8.kubernetes.client.dsl.PodResource;
import io.fabric8.kubernetes.client.dsl.TailPrettyLoggable;
import io.fabric8.kubernetes.client.dsl.TimeTailPrettyLoggable;
import java.util.List;
import java.util.Optional;

/**
 * One pod's part of {@code logs}: a header line naming the pod and the container read, then the newest lines that
 * fit the section's share of the output. The container is picked by {@link LogContainers}.
 */
final class PodLogSection {
    private static final int BAD_REQUEST = 400;
    private static final int NOT_FOUND = 404;
    static final int MAX_LOG_BYTES = PodLogLines.MAX_BYTES;

    private final ActionContext ctx;
    private final String ns;
    private final String requested;
    private final int tail;
    private final int maxLines;
    private final long maxBytes;

    PodLogSection(ActionContext ctx, String ns, String requested, int tail, int maxLines, long maxBytes) {
        this.ctx = ctx;
        this.ns = ns;
        this.requested = requested;
        this.tail = tail;
        this.maxLines = maxLines;
        this.maxBytes = maxBytes;
    }

    /**
     * A pod known only by name. It is not fetched up front: for a single-container pod the log request alone answers,
     * as it always has. Only when the API server refuses (400: several containers and none named, or no such
     * container) is the pod read, to pick a container or to name the ones it has.
     */
    void writeNamed(String pod, Output out) {
        LogContainers.Choice asked = LogContainers.Choice.asRequested(requested);
        try {
            print(pod, asked, fetch(pod, asked.container()), out);
        } catch (KubernetesClientException e) {
            if (e.getCode() == BAD_REQUEST) {
                Pod found = ctx.client().pods().inNamespace(ns).withName(pod).get();
                // Same choice as asked: the pod was not the problem (e.g. no previous run), so report the refusal.
                if (found != null && !LogContainers.choose(found, requested).equals(Optional.of(asked))) {
                    writeKnown(found, out);
                    return;
                }
            }
            refused(pod, asked, e, out);
        }
    }

    /** A pod already read (selected through a deployment): its containers are checked before its log is asked for. */
    void writeKnown(Pod pod, Output out) {
        String name = pod.getMetadata().getName();
        Optional<LogContainers.Choice> choice = LogContainers.choose(pod, requested);
        if (choice.isEmpty()) {
            out.line(header(name, LogContainers.Choice.asRequested(requested), ""));
            out.line(LogContainers.notInPod(pod, requested));
            return;
        }
        try {
            print(name, choice.get(), fetch(name, choice.get().container()), out);
        } catch (KubernetesClientException e) {
            refused(name, choice.get(), e, out);
        }
    }

    private String fetch(String pod, String container) {
        PodResource resource = ctx.client().pods().inNamespace(ns).withName(pod);
        ContainerResource base = container == null ? resource : resource.inContainer(container);
        // fabric8 returns the same kind of resource from every step; its interfaces just do not say so.
        ContainerResource limited = (ContainerResource) base.limitBytes(MAX_LOG_BYTES);
        // fabric8 otherwise waits up to 5s for the pod to become ready: exactly what a crash-looping pod never does.
        ContainerResource c = limited.withReadyWaitTimeout(0);
        TimeTailPrettyLoggable l = ctx.flag("previous") ? c.terminated() : c;
        TailPrettyLoggable t = ctx.integer("sinceSeconds", 1, Integer.MAX_VALUE).map(l::sinceSeconds).orElse(l);
        return t.tailingLines(tail).getLog();
    }

    private void print(String pod, LogContainers.Choice choice, String log, Output out) {
        List<String> lines = log == null || log.isEmpty() ? List.of() : List.of(log.split("\r?\n", -1));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines = lines.subList(0, lines.size() - 1);
        }
        // Each over-long line is cut on its own first: one 90 KB line must not push its neighbours out of the budget.
        lines = lines.stream().map(OutputLimiter::clip).collect(java.util.stream.Collectors.toList());
        OutputLimiter.Capped kept = OutputLimiter.tail(lines, maxLines, maxBytes);
        out.line(header(pod, choice, kept.omittedLines() > 0
                ? " last " + kept.lines().size() + " of " + lines.size() + " lines" : ""));
        if (lines.isEmpty()) {
            out.line("(no log lines)");
        }
        out.omitted(kept.omittedLines(), kept.omittedBytes());
        out.lines(kept.lines());
    }

    private void refused(String pod, LogContainers.Choice choice, KubernetesClientException e, Output out) {
        // 404: the pod is gone; 400: no previous run, or the container has not started yet.
        if (e.getCode() != NOT_FOUND && e.getCode() != BAD_REQUEST) {
            throw e;
        }
        out.line(header(pod, choice, ""));
        out.line(e.getCode() == NOT_FOUND ? "pod " + pod + " not found in namespace " + ns
                : "logs unavailable: " + KubernetesErrors.statusMessage(e));
    }

    /** {@code == pod api-1 container api (also in pod: ...) (previous run) last 20 of 80 lines ==}. */
    private String header(String pod, LogContainers.Choice choice, String cut) {
        return "== pod " + pod + choice.describe() + (ctx.flag("previous") ? " (previous run)" : "") + cut + " ==";
    }
}
