package dev.firebreak.integrations.kubernetes.analysis;

import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.util.ArrayList;
import java.util.List;

/**
 * Jobs that failed for good (Failed=True: BackoffLimitExceeded, DeadlineExceeded), see {@link Jobs#failed}. Opt-in:
 * the default RBAC grants no read on {@code batch}. Narrowed to the named workload when there is one.
 */
final class JobAnalyzer implements Analyzer {
    static final String KIND = "Job";

    @Override
    public String name() {
        return "jobs";
    }

    @Override
    public boolean core() {
        return false;
    }

    @Override
    public List<Finding> analyze(AnalysisScope scope) {
        List<Finding> findings = new ArrayList<>();
        for (Job job : scope.list("jobs", scope.client().batch().v1().jobs())) {
            if (!scope.target().is(KIND, job) || !Jobs.failed(job)) {
                continue;
            }
            Conditions.Condition failed = Jobs.conditions(job).get("Failed", "True");
            List<String> evidence = new ArrayList<>();
            evidence.add(Jobs.counts(job));
            if (failed != null) {
                evidence.add(failed.describe());
            }
            findings.add(Findings.of(scope, KIND, job, FailureClasses.JOB_FAILED, FindingSeverity.WARNING,
                    failed == null ? null : failed.lastTransition(),
                    "job failed" + (failed == null || failed.reason() == null ? "" : ": " + failed.reason()),
                    evidence, null));
        }
        return findings;
    }
}
