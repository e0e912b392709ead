package dev.firebreak.kubernetes;

import dev.firebreak.diagnostics.ClusterFailure;
import dev.firebreak.diagnostics.ClusterGateway;
import dev.firebreak.integrations.kubernetes.ActionOutput;
import dev.firebreak.integrations.kubernetes.ActionRequest;
import dev.firebreak.integrations.kubernetes.ClusterActions;
import dev.firebreak.integrations.kubernetes.ClusterException;
import dev.firebreak.integrations.kubernetes.Clusters;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link ClusterGateway} on the kubeconfig's allowed contexts. */
@Singleton
class KubernetesGateway implements ClusterGateway {
    private final ClusterActions actions;
    private final Clusters clusters;

    KubernetesGateway(ClusterActions actions, Clusters clusters) {
        this.actions = actions;
        this.clusters = clusters;
    }

    @Override
    public StepOutput run(String cluster, String action, Map<String, String> args) {
        try {
            ActionOutput out = actions.run(ActionRequest.of(cluster, action, args));
            return new StepOutput(out.lines(), out.truncated(), out.took());
        } catch (ClusterException e) {
            throw new ClusterFailure(e.getMessage(), e);
        }
    }

    @Override
    public List<String> clusters() {
        return clusters.names();
    }

    @Override
    public Optional<String> defaultCluster() {
        return clusters.names().stream().findFirst();
    }
}
