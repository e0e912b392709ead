package dev.firebreak.summary;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A summary's first two lines, what an on-call engineer reads first: what is failing, and its likely cause. The
 * cause is the root cause an analyzer named (a container's last error line, the scheduler's reason, a probe's
 * message), not the symptom one level up ("0/2 replicas ready"). A rollout is named as the cause only when it changed
 * a workload that ran before; a workload's first version is not a change, it has been "failing since it was first
 * deployed". Several failing workloads are ranked, worst first.
 */
record Headline(String whatIsFailing, String likelyCause) {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    /** Kinds a person deploys; other failing objects (services, claims, nodes) are what those workloads depend on. */
    private static final Set<String> WORKLOAD_KINDS = Set.of("Deployment", "StatefulSet", "DaemonSet", "CronJob",
            "Job", "ReplicaSet", "Pod");
    /** Failures a rollout cannot be blamed for: the limit or the cluster's capacity is what to look at. */
    private static final Set<String> NOT_FROM_A_ROLLOUT = Set.of("OOMKilled", "Unschedulable");
    private static final int RANKED = 5;
    private static final int CAUSES_RANKED = 2;
    static final String UNCLEAR = "Not clear from the evidence.";

    /** {@code failures} most severe first. */
    static Headline of(Evidence e, List<Evidence.Failure> failures) {
        if (failures.isEmpty()) {
            return withoutFailures(e);
        }
        List<List<Evidence.Failure>> groups = rankedGroups(failures);
        List<List<Evidence.Failure>> workloads = groups.stream().filter(g -> isWorkload(g.get(0).owner())).toList();
        if (workloads.size() <= 1) {
            List<Evidence.Failure> main = workloads.isEmpty() ? failures : workloads.get(0);
            Evidence.Failure root = root(main);
            String what = (root.owner().equals(root.object()) ? "" : root.owner() + " — ") + root.object() + ": "
                    + root.summary();
            int more = failures.size() - 1;
            return new Headline(more == 0 ? what : what + " (and " + more + " more failing objects)",
                    cause(main, e, !workloads.isEmpty()));
        }
        List<String> ranked = new ArrayList<>();
        for (int i = 0; i < Math.min(RANKED, workloads.size()); i++) {
            List<Evidence.Failure> g = workloads.get(i);
            ranked.add((i + 1) + ") " + g.get(0).owner() + " (" + g.stream().map(Evidence.Failure::failureClass)
                    .distinct().collect(Collectors.joining(", ")) + ")");
        }
        String what = workloads.size() + " failing workloads in " + e.scope() + ", worst first: "
                + String.join("; ", ranked) + (workloads.size() > RANKED ? "; …" : "");
        // The two worst, each with its own cause: two kinds sharing a name are both summarized this way too.
        String causes = workloads.stream().limit(CAUSES_RANKED).map(g -> g.get(0).owner() + ": " + cause(g, e, true))
                .collect(Collectors.joining(" · "));
        return new Headline(what, causes);
    }

    private static Headline withoutFailures(Evidence e) {
        Optional<Evidence.LogPattern> error = e.logPatterns().stream().filter(p -> isError(p.level())).findFirst();
        // Our own failure to look is a finding of its own: "nothing failing" would be a claim we cannot make.
        String what = error.map(p -> "No failing Kubernetes object found; the top error in the logs is: " + p.template())
                .orElse(e.problems().isEmpty() ? "Nothing failing found in " + e.scope() + "."
                        : "Could not look at " + e.scope() + ": " + e.problems().get(0));
        String cause = e.logPatterns().stream().filter(p -> isError(p.level()) && p.newInWindow()).findFirst()
                .map(p -> "A new error in the logs: " + p.template())
                .or(() -> realChange(e.changes(), null).map(c -> "A change: " + c.object() + " — " + c.description()
                        + " at " + TIME.format(c.at())))
                .orElse(UNCLEAR);
        return new Headline(what, cause);
    }

    /** One workload's failures: the named root cause, with the change that brought it when one did. */
    private static String cause(List<Evidence.Failure> group, Evidence e, boolean workload) {
        Evidence.Failure root = root(group);
        String found = (root.cause() != null ? root.cause()
                : root.details().isEmpty() ? root.summary() : root.details().get(0)) + dependencies(root, e);
        String owner = workload ? root.owner() : null;
        boolean fromRollout = !NOT_FROM_A_ROLLOUT.contains(root.failureClass())
                && (root.cause() == null || !root.cause().contains("OOMKilled"));
        Optional<Evidence.Change> change = fromRollout ? realChange(e.changes(), owner) : Optional.empty();
        if (change.isPresent()) {
            Evidence.Change c = change.get();
            return "A change shortly before the first failure: " + c.object() + " — " + c.description() + " at "
                    + TIME.format(c.at()) + "; since then: " + found;
        }
        // A recent first version of this workload: it has failed since then. Not "precedes the first failure": in a
        // namespace that is another workload's failure.
        Optional<Evidence.Change> first = e.changes().stream().filter(c -> c.initial()
                && (owner == null ? c.precedesFailure() : c.object().equals(owner))).findFirst();
        return first.map(c -> found + " — failing since it was first deployed (" + TIME.format(c.at()) + ")")
                .orElse(found);
    }

    /** What a claim or another object named in the cause says of itself, when it is failing too. */
    private static String dependencies(Evidence.Failure root, Evidence e) {
        if (root.cause() == null) {
            return "";
        }
        return e.failures().stream().filter(f -> !isWorkload(f.object()) && root.cause().contains(name(f.object())))
                .map(f -> " (" + f.object() + ": " + f.summary() + ")").distinct().collect(Collectors.joining());
    }

    private static String name(String object) {
        return object.substring(object.lastIndexOf('/') + 1);
    }

    /** The newest change before the first failure to something that ran before it (of {@code owner}, when given). */
    private static Optional<Evidence.Change> realChange(List<Evidence.Change> changes, String owner) {
        return changes.stream().filter(c -> c.precedesFailure() && !c.initial()
                && (owner == null || c.object().equals(owner) || !isWorkload(c.object())))
                .max(Comparator.comparing(Evidence.Change::at));
    }

    /** The failure whose cause an analyzer could name, most severe first; the most severe one otherwise. */
    private static Evidence.Failure root(List<Evidence.Failure> group) {
        return group.stream().filter(f -> f.cause() != null).findFirst().orElse(group.get(0));
    }

    /** Failures grouped by the workload they belong to, groups in the order of their worst failure. */
    private static List<List<Evidence.Failure>> rankedGroups(List<Evidence.Failure> failures) {
        Map<String, List<Evidence.Failure>> byOwner = new LinkedHashMap<>();
        failures.forEach(f -> byOwner.computeIfAbsent(f.owner(), k -> new ArrayList<>()).add(f));
        return new ArrayList<>(byOwner.values());
    }

    static boolean isWorkload(String object) {
        int space = object.indexOf(' ');
        return space > 0 && WORKLOAD_KINDS.contains(object.substring(0, space));
    }

    static boolean isError(String level) {
        return level.equals("ERROR") || level.equals("FATAL") || level.equals("CRITICAL");
    }
}
