package dev.firebreak.integrations.kubernetes;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one action against one cluster: checks the request, runs the action under the step timeout, translates
 * errors, redacts every line and caps the output. The one way into this module's actions, so none of those steps can
 * be skipped.
 */
@Singleton
public class ClusterActions implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ClusterActions.class);
    static final Duration MIN_REDACTION_BUDGET = Duration.ofSeconds(1);

    private final Clusters clusters;
    private final ClusterSettings settings;
    private final Redactor redactor;
    private final Clock clock;
    private final ActionRegistry registry = new ActionRegistry();
    private final StepExecutor executor = new StepExecutor();

    @Inject
    public ClusterActions(Clusters clusters, ClusterSettings settings, Redactor redactor) {
        this(clusters, settings, redactor, Clock.systemUTC());
    }

    ClusterActions(Clusters clusters, ClusterSettings settings, Redactor redactor, Clock clock) {
        this.clusters = clusters;
        this.settings = settings;
        this.redactor = redactor;
        this.clock = clock;
    }

    /**
     * Runs the action. Throws {@link InvalidActionRequestException} for an unknown action, cluster or argument,
     * {@link ClusterUnavailableException} on timeout or when the API server cannot be reached, and
     * {@link ClusterAccessDeniedException} when RBAC forbids it. A missing named object is a normal output line.
     */
    public ActionOutput run(ActionRequest request) {
        String cluster = request.cluster();
        Action action = registry.find(request.action())
                .orElseThrow(() -> new InvalidActionRequestException(
                        cluster, "unknown action '" + request.action() + "'; known: " + String.join(", ", allNames())));
        Set<String> unknown = new TreeSet<>(request.args().keySet());
        unknown.removeAll(registry.argsOf(action.name()));
        if (!unknown.isEmpty()) {
            throw new InvalidActionRequestException(
                    cluster,
                    action.name() + " does not take " + unknown + "; it takes "
                            + new TreeSet<>(registry.argsOf(action.name())));
        }
        boolean namespaced = registry.argsOf(action.name()).contains("namespace");
        KubernetesClient client = namespaced
                ? clusters.forNamespace(cluster, request.args().getOrDefault("namespace", ActionContext.DEFAULT_NAMESPACE))
                : clusters.forClusterScope(cluster);
        ActionContext ctx = new ActionContext(client, cluster, request.args(), settings, clock.instant());
        long start = System.nanoTime();
        Output out = execute(action, ctx);
        List<String> redacted = redactor.redactLines(out.lines(), redactionBudget(start));
        OutputLimiter.Capped capped = OutputLimiter.capWithNote(
                redacted, settings.maxLines(), settings.maxBytes(), out.omittedLines(), out.omittedBytes());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        LOG.info(
                "cluster {} action {} took {} ms: {} lines{}",
                cluster,
                action.name(),
                took.toMillis(),
                capped.lines().size(),
                capped.cut() ? " (truncated)" : "");
        return new ActionOutput(action.name(), capped.lines(), capped.cut(), took);
    }

    /**
     * Redaction runs within what is left of the step timeout (at least {@link #MIN_REDACTION_BUDGET}, so that a slow
     * API answer does not withhold every line); lines it could not check in time are withheld, not shown.
     */
    private Duration redactionBudget(long stepStartNanos) {
        Duration left = settings.stepTimeout().minusNanos(System.nanoTime() - stepStartNanos);
        return left.compareTo(MIN_REDACTION_BUDGET) < 0 ? MIN_REDACTION_BUDGET : left;
    }

    public boolean isMutating(String action) {
        return registry.find(action).map(Action::mutating).orElse(false);
    }

    public Set<String> readOnlyActions() {
        return registry.readOnlyNames();
    }

    public Set<String> mutatingActions() {
        return registry.mutatingNames();
    }

    private Output execute(Action action, ActionContext ctx) {
        String cluster = ctx.cluster();
        Duration timeout = settings.stepTimeout();
        Future<Output> future;
        try {
            future = executor.submit(() -> {
                Output out = new Output();
                action.run(ctx, out);
                return out;
            });
        } catch (RejectedExecutionException e) {
            throw new ClusterUnavailableException(
                    cluster, "too many cluster steps running at once; try again" + " shortly", true, e);
        }
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // Interrupts the worker so a hung request does not hold a thread; the client's own timeout backs this.
            future.cancel(true);
            throw new ClusterUnavailableException(
                    cluster, "timed out after " + seconds(timeout) + " running " + action.name(), true, e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ClusterUnavailableException(cluster, "interrupted while running " + action.name(), true, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof KubernetesClientException kce && kce.getCode() == 404) {
                // Named objects are looked up with get() (null when missing); this catches the rest, e.g. a namespace.
                Output out = new Output();
                out.line(notFound(kce, ctx));
                return out;
            }
            ClusterException translated = KubernetesErrors.translate(cluster, action, cause);
            if (!(translated instanceof InvalidActionRequestException)) {
                LOG.warn("cluster {} action {} failed: {}", cluster, action.name(), translated.getMessage());
            }
            throw translated;
        }
    }

    private static String notFound(KubernetesClientException kce, ActionContext ctx) {
        String what = kce.getResourcePlural() == null ? "object" : kce.getResourcePlural();
        String name = kce.getName() == null ? "" : " " + kce.getName();
        String ns = kce.getNamespace() != null ? kce.getNamespace() : ctx.namespace();
        return what + name + " not found in namespace " + ns;
    }

    static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + "s" : String.format(Locale.ROOT, "%.1fs", ms / 1000.0);
    }

    private List<String> allNames() {
        return java.util.stream.Stream.concat(registry.readOnlyNames().stream(), registry.mutatingNames().stream())
                .toList();
    }

    @PreDestroy
    @Override
    public void close() {
        executor.shutdownNow();
    }
}
