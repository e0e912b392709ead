package dev.firebreak.integrations.kubernetes.analysis;

import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * PersistentVolumeClaims stuck Pending because provisioning fails (ProvisioningFailed events: unknown storage class,
 * quota, cloud API errors). Pending without such events is normal for WaitForFirstConsumer classes and stays quiet.
 */
final class PvcAnalyzer implements Analyzer {
    static final String KIND = "PersistentVolumeClaim";

    @Override
    public String name() {
        return "pvcs";
    }

    @Override
    public boolean core() {
        return true;
    }

    @Override
    public List<Finding> analyze(AnalysisScope scope) {
        List<Finding> findings = new ArrayList<>();
        for (PersistentVolumeClaim pvc : scope.list("pvcs", scope.client().persistentVolumeClaims())) {
            if (pvc.getStatus() == null || !"Pending".equals(pvc.getStatus().getPhase())
                    || !scope.target().mountsClaim(pvc)) {
                continue;
            }
            var events = EventLog.about(scope, KIND, pvc, Set.of("ProvisioningFailed"));
            if (events.isEmpty()) {
                continue;
            }
            List<String> evidence = new ArrayList<>();
            evidence.add("phase Pending, storage class " + (pvc.getSpec().getStorageClassName() == null ? "(default)"
                    : pvc.getSpec().getStorageClassName()));
            evidence.addAll(EventLog.evidence(events));
            findings.add(Findings.of(scope, KIND, pvc, FailureClasses.PVC_PROVISIONING_FAILED, FindingSeverity.WARNING,
                    EventLog.earliest(events), "volume cannot be provisioned: "
                            + java.util.Objects.requireNonNullElse(events.get(events.size() - 1).getMessage(), "")
                                    .strip(), evidence, "pvc-stuck"));
        }
        return findings;
    }
}
