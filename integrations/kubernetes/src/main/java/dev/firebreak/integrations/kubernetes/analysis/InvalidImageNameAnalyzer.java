package dev.firebreak.integrations.kubernetes.analysis;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Containers whose image reference cannot be parsed (InvalidImageName): a templating mistake in the last rollout,
 * never fixed by waiting, so it is told apart from pull failures.
 */
final class InvalidImageNameAnalyzer implements Analyzer {
    static final String REASON = "InvalidImageName";

    @Override
    public String name() {
        return "pods-invalid-image-name";
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
                    findings.add(Pods.waitingFinding(scope, pod, cs, FailureClasses.INVALID_IMAGE_NAME,
                            FindingSeverity.CRITICAL, "container " + cs.getName() + " has an invalid image name "
                                    + cs.getImage(), Set.of("InspectFailed", "Failed"), "rollout"));
                }
            }
        }
        return findings;
    }
}
