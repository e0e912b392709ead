package dev.firebreak.integrations.kubernetes.analysis;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Containers that cannot be created from their spec (CreateContainerConfigError): usually a ConfigMap or Secret key
 * the spec references does not exist. The waiting message names it; we report the name, never read the Secret.
 */
final class ContainerConfigAnalyzer implements Analyzer {
    static final String REASON = "CreateContainerConfigError";

    @Override
    public String name() {
        return "pods-container-config";
    }

    @Override
    public boolean core() {
        return true;
    }

    @Override
    public List<Finding> analyze(AnalysisScope scope) {
        List<Finding> findings = new ArrayList<>();
        for (Pod pod : scope.pods()) {
            for (ContainerStatus cs : Pods.all(pod)) {
                if (REASON.equals(Pods.waitingReason(cs))) {
                    findings.add(Pods.waitingFinding(scope, pod, cs, FailureClasses.CONTAINER_CONFIG,
                            FindingSeverity.CRITICAL, "container " + cs.getName()
                                    + " cannot be created from its configuration", Set.of("Failed"), "rollout"));
                }
            }
        }
        return findings;
    }
}
