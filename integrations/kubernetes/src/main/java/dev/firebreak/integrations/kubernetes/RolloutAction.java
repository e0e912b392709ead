package dev.firebreak.integrations.kubernetes;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentCondition;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatus;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import java.time.Instant;
import java.util.List;

/**
 * {@code rollout}: a deployment's replica counts and conditions (a Progressing=False ProgressDeadlineExceeded is the
 * classic stuck rollout), then its ReplicaSet history by revision with images and readiness.
 */
final class RolloutAction implements Action {
    static final String CHANGE_CAUSE = "kubernetes.io/change-cause";

    @Override
    public String name() {
        return "rollout";
    }

    @Override
    public String verb() {
        return "get";
    }

    @Override
    public void run(ActionContext ctx, Output out) {
        String ns = ctx.namespace();
        String name = ctx.requiredName("deployment");
        Deployment d = ctx.client().apps().deployments().inNamespace(ns).withName(name).get();
        if (d == null) {
            out.line("deployment " + name + " not found in namespace " + ns);
            return;
        }
        Instant now = ctx.now();
        DeploymentStatus s = d.getStatus() == null ? new DeploymentStatus() : d.getStatus();
        out.line("deployment " + name + " desired=" + Text.nz(d.getSpec().getReplicas())
                + " updated=" + Text.nz(s.getUpdatedReplicas()) + " ready=" + Text.nz(s.getReadyReplicas())
                + " available=" + Text.nz(s.getAvailableReplicas())
                + " unavailable=" + Text.nz(s.getUnavailableReplicas())
                + " generation=" + d.getMetadata().getGeneration() + " observed=" + s.getObservedGeneration()
                + " strategy=" + (d.getSpec().getStrategy() == null ? "-" : d.getSpec().getStrategy().getType())
                + (Boolean.TRUE.equals(d.getSpec().getPaused()) ? " PAUSED" : ""));
        out.line("  images: " + ReplicaSets.images(d.getSpec().getTemplate()));
        if (s.getConditions() != null) {
            for (DeploymentCondition c : s.getConditions()) {
                out.line("  condition " + c.getType() + "=" + c.getStatus() + " " + Text.or(c.getReason(), "-")
                        + ": " + Text.or(c.getMessage(), "") + " (updated " + Text.ago(c.getLastUpdateTime(), now)
                        + ")");
            }
        }
        List<ReplicaSet> history = ReplicaSets.of(ctx, d);
        if (history.isEmpty()) {
            out.line("no ReplicaSets owned by deployment " + name);
            return;
        }
        long current = ReplicaSets.revision(history.get(history.size() - 1));
        for (ReplicaSet rs : history) {
            long revision = ReplicaSets.revision(rs);
            String cause = rs.getMetadata().getAnnotations() == null ? null
                    : rs.getMetadata().getAnnotations().get(CHANGE_CAUSE);
            out.line("revision " + revision + " replicaset " + rs.getMetadata().getName()
                    + " images=" + ReplicaSets.images(rs.getSpec().getTemplate())
                    + " ready=" + (rs.getStatus() == null ? 0 : Text.nz(rs.getStatus().getReadyReplicas()))
                    + "/" + Text.nz(rs.getSpec().getReplicas())
                    + " age=" + Text.age(rs.getMetadata().getCreationTimestamp(), now)
                    + (revision == current ? " (current)" : "")
                    + (cause == null ? "" : " change-cause: " + cause));
        }
    }
}
