package dev.firebreak.integrations.kubernetes.analysis;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Containers (init ones too) that cannot pull their image: ImagePullBackOff or ErrImagePull. The kubelet's "Failed"
 * event says why (not found, unauthorized, timeout); the waiting message alone often only says "Back-off pulling".
 */
final class ImagePullAnalyzer implements Analyzer {
    static final Set<String> REASONS = Set.of("ImagePullBackOff", "ErrImagePull");

    @Override
    public String name() {
        return "pods-image-pull";
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
                if (Pods.waitingFor(cs, REASONS)) {
                    findings.add(Pods.waitingFinding(scope, pod, cs, FailureClasses.IMAGE_PULL,
                            FindingSeverity.CRITICAL, "container " + cs.getName() + " cannot pull image "
                                    + cs.getImage() + " (" + Pods.waitingReason(cs) + ")",
                            Set.of("Failed", "BackOff"), "rollout"));
                }
            }
        }
        return findings;
    }
}
