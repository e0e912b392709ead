package dev.firebreak.integrations.kubernetes.analysis;

import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * HorizontalPodAutoscalers that cannot do their job: cannot scale the target (AbleToScale=False) or cannot read the
 * metrics they scale on (ScalingActive=False with a FailedGet*Metric reason). ScalingLimited (e.g. TooFewReplicas
 * while sitting at minReplicas) is the HPA working as configured and stays quiet, as does ScalingDisabled (target
 * scaled to zero on purpose). Opt-in: the default RBAC grants no read on {@code autoscaling}.
 */
final class HpaAnalyzer implements Analyzer {
    static final String KIND = "HorizontalPodAutoscaler";
    static final Set<String> METRIC_FAILURES = Set.of("FailedGetResourceMetric", "FailedGetExternalMetric",
            "FailedGetPodsMetric", "FailedGetObjectMetric", "FailedGetContainerResourceMetric");

    @Override
    public String name() {
        return "hpas";
    }

    @Override
    public boolean core() {
        return false;
    }

    @Override
    public List<Finding> analyze(AnalysisScope scope) {
        List<Finding> findings = new ArrayList<>();
        for (HorizontalPodAutoscaler hpa : scope.list("hpas",
                scope.client().autoscaling().v2().horizontalPodAutoscalers())) {
            var target = hpa.getSpec().getScaleTargetRef();
            if (!scope.target().is(target.getKind(), hpa.getMetadata().getNamespace(), target.getName())) {
                continue;
            }
            Conditions conditions = Conditions.of(hpa.getStatus() == null ? null : hpa.getStatus().getConditions(),
                    c -> new Conditions.Condition(c.getType(), c.getStatus(), c.getReason(), c.getMessage(),
                            Times.parse(c.getLastTransitionTime())));
            String evidenceHead = "target " + target.getKind() + "/" + target.getName() + ", replicas "
                    + (hpa.getStatus() == null ? "?" : hpa.getStatus().getCurrentReplicas()) + " (min "
                    + hpa.getSpec().getMinReplicas() + ", max " + hpa.getSpec().getMaxReplicas() + ")";
            Conditions.Condition able = conditions.get("AbleToScale", "False");
            if (able != null) {
                findings.add(Findings.of(scope, KIND, hpa, FailureClasses.HPA_CANNOT_SCALE, FindingSeverity.WARNING,
                        able.lastTransition(), "cannot scale " + target.getKind() + "/" + target.getName() + ": "
                                + able.reason(), List.of(evidenceHead, able.describe()), null));
            }
            Conditions.Condition active = conditions.get("ScalingActive", "False");
            if (active != null && active.reason() != null && METRIC_FAILURES.contains(active.reason())) {
                findings.add(Findings.of(scope, KIND, hpa, FailureClasses.HPA_MISSING_METRICS, FindingSeverity.WARNING,
                        active.lastTransition(), "cannot read its metrics (" + active.reason() + "), so it does not"
                                + " scale", List.of(evidenceHead, active.describe()), null));
            }
        }
        return findings;
    }
}
