package dev.firebreak.integrations.kubernetes.analysis;

import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * CronJobs that will not run as intended: suspended (INFO: often deliberate, but the first question when "the nightly
 * job did not run"), an invalid schedule (checked here, see {@link CronSchedule}), or whose most recent Job failed.
 * Opt-in: the default RBAC grants no read on {@code batch}. Narrowed to the named workload when there is one.
 */
final class CronJobAnalyzer implements Analyzer {
    static final String KIND = "CronJob";
    private static final Comparator<Job> NEWEST_FIRST = Comparator.comparing(CronJobAnalyzer::started,
            Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(j -> j.getMetadata().getName(),
                    Comparator.reverseOrder());

    @Override
    public String name() {
        return "cronjobs";
    }

    @Override
    public boolean core() {
        return false;
    }

    @Override
    public List<Finding> analyze(AnalysisScope scope) {
        List<Job> jobs = scope.list("jobs", scope.client().batch().v1().jobs());
        List<Finding> findings = new ArrayList<>();
        for (CronJob cj : scope.list("cronjobs", scope.client().batch().v1().cronjobs())) {
            if (!scope.target().is(KIND, cj)) {
                continue;
            }
            String schedule = cj.getSpec().getSchedule();
            if (Boolean.TRUE.equals(cj.getSpec().getSuspend())) {
                findings.add(Findings.of(scope, KIND, cj, FailureClasses.CRONJOB_SUSPENDED, FindingSeverity.INFO, null,
                        "suspended: no new jobs are scheduled", List.of("spec.suspend=true, schedule " + schedule,
                                "last scheduled " + lastScheduled(cj)), null));
            }
            String problem = CronSchedule.problem(schedule);
            if (problem != null) {
                findings.add(Findings.of(scope, KIND, cj, FailureClasses.CRONJOB_INVALID_SCHEDULE,
                        FindingSeverity.WARNING, null, "invalid schedule '" + schedule + "': " + problem,
                        List.of("schedule " + schedule), null));
            }
            Job last = jobs.stream().filter(j -> ownedBy(j, cj)).min(NEWEST_FIRST).orElse(null);
            if (last != null && Jobs.failed(last)) {
                Conditions.Condition failed = Jobs.conditions(last).get("Failed", "True");
                List<String> evidence = new ArrayList<>();
                evidence.add("job " + last.getMetadata().getName() + ": " + Jobs.counts(last));
                if (failed != null) {
                    evidence.add(failed.describe());
                }
                findings.add(Findings.of(scope, KIND, cj, FailureClasses.CRONJOB_LAST_JOB_FAILED,
                        FindingSeverity.WARNING, failed == null ? null : failed.lastTransition(),
                        "last job " + last.getMetadata().getName() + " failed", evidence, null));
            }
        }
        return findings;
    }

    private static boolean ownedBy(Job job, CronJob cj) {
        return Objects.equals(job.getMetadata().getNamespace(), cj.getMetadata().getNamespace())
                && job.getMetadata().getOwnerReferences() != null && job.getMetadata().getOwnerReferences().stream()
                        .anyMatch(r -> KIND.equals(r.getKind()) && cj.getMetadata().getName().equals(r.getName()));
    }

    // startTime is when the job controller actually started it; jobs created by hand may never have started.
    private static java.time.Instant started(Job job) {
        return job.getStatus() == null ? null : Times.parse(job.getStatus().getStartTime());
    }

    private static String lastScheduled(CronJob cj) {
        return cj.getStatus() == null || cj.getStatus().getLastScheduleTime() == null ? "never"
                : cj.getStatus().getLastScheduleTime();
    }
}
