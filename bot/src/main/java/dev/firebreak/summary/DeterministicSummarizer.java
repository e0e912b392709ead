package dev.firebreak.summary;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The summary without any model: useful on its own, and the fallback whenever the narrative cannot be used. */
@Singleton
public class DeterministicSummarizer {
    static final String NAME = "deterministic";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final int MAX_EVIDENCE_LINES = 12;

    public Summary summarize(Evidence e, Set<String> knownRunbooks) {
        List<Evidence.Failure> failures = e.failures().stream()
                .sorted(Comparator.comparing((Evidence.Failure f) -> rank(f.severity()))
                        .thenComparing(f -> f.since() == null ? Instant.MAX : f.since()))
                .collect(Collectors.toList());
        Optional<Instant> since = failures.stream().map(Evidence.Failure::since).filter(Objects::nonNull).min(Instant::compareTo);
        return new Summary(e.scope(), whatIsFailing(failures, e), since.map(TIME::format).orElse("unknown"),
                likelyCause(failures, e), evidence(failures, e), runbooks(failures, knownRunbooks), null, NAME, null);
    }

    private static String whatIsFailing(List<Evidence.Failure> failures, Evidence e) {
        if (!failures.isEmpty()) {
            String first = failures.get(0).object() + ": " + failures.get(0).summary();
            return failures.size() == 1 ? first : first + " (and " + (failures.size() - 1) + " more failing objects)";
        }
        return e.logPatterns().stream().filter(p -> isError(p.level())).findFirst()
                .map(p -> "No failing Kubernetes object found; the top error in the logs is: " + p.template())
                .orElse("Nothing failing found in " + e.scope() + ".");
    }

    private static String likelyCause(List<Evidence.Failure> failures, Evidence e) {
        Optional<Evidence.Change> change = e.changes().stream().filter(Evidence.Change::precedesFailure)
                .max(Comparator.comparing(Evidence.Change::at));
        if (change.isPresent()) {
            Evidence.Change c = change.get();
            return "A change shortly before the first failure: " + c.object() + " — " + c.description() + " at " + TIME.format(c.at());
        }
        if (!failures.isEmpty() && !failures.get(0).details().isEmpty()) {
            return failures.get(0).details().get(0);
        }
        return e.logPatterns().stream().filter(p -> isError(p.level()) && p.newInWindow()).findFirst()
                .map(p -> "A new error in the logs: " + p.template())
                .orElse("Not clear from the evidence.");
    }

    private static List<String> evidence(List<Evidence.Failure> failures, Evidence e) {
        List<String> lines = new ArrayList<>();
        failures.stream().limit(5).forEach(f -> lines.add(f.severity() + " " + f.object() + " — " + f.failureClass()
                + (f.details().isEmpty() ? "" : ": " + f.details().get(0))));
        e.logPatterns().stream().limit(4).forEach(p -> lines.add("log ×" + p.count() + (p.newInWindow() ? " (new)" : "")
                + " " + p.level() + " " + p.template()));
        e.changes().stream().limit(2).forEach(c -> lines.add("change " + TIME.format(c.at()) + " " + c.object() + " — " + c.description()));
        e.events().stream().limit(3).forEach(ev -> lines.add("event " + ev));
        e.problems().forEach(p -> lines.add("could not look: " + p));
        return lines.stream().limit(MAX_EVIDENCE_LINES).collect(Collectors.toList());
    }

    /** Only runbooks that exist in the catalog are suggested; none is ever run by itself. */
    private static List<String> runbooks(List<Evidence.Failure> failures, Set<String> known) {
        return failures.stream().map(Evidence.Failure::suggestedRunbook).filter(Objects::nonNull).filter(known::contains)
                .distinct().limit(3).collect(Collectors.toList());
    }

    private static int rank(String severity) {
        switch (severity) {
            case "CRITICAL": return 0;
            case "WARNING": return 1;
            default: return 2;
        }
    }

    private static boolean isError(String level) {
        return level.equals("ERROR") || level.equals("FATAL") || level.equals("CRITICAL");
    }
}
