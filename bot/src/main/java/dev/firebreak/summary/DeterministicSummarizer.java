package dev.firebreak.summary;

import jakarta.inject.Singleton;
import java.time.Instant;
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
    /** The cause when the evidence names none; only then may a model's cause stand alone. */
    static final String UNCLEAR = Headline.UNCLEAR;
    private static final DateTimeFormatter TIME = Headline.TIME;
    private static final int MAX_EVIDENCE_LINES = 12;

    public Summary summarize(Evidence e, Set<String> knownRunbooks) {
        List<Evidence.Failure> failures = e.failures().stream()
                .sorted(Comparator.comparing((Evidence.Failure f) -> rank(f.severity()))
                        .thenComparing(f -> f.since() == null ? Instant.MAX : f.since()))
                .collect(Collectors.toList());
        Optional<Instant> since = failures.stream().map(Evidence.Failure::since).filter(Objects::nonNull).min(Instant::compareTo);
        Headline headline = Headline.of(e, failures);
        return new Summary(e.scope(), headline.whatIsFailing(), since.map(TIME::format).orElse("unknown"),
                headline.likelyCause(), evidence(failures, e), runbooks(failures, knownRunbooks), null, NAME, null);
    }

    private static List<String> evidence(List<Evidence.Failure> failures, Evidence e) {
        List<String> lines = new ArrayList<>();
        failures.stream().limit(5).forEach(f -> lines.add(f.severity() + " " + f.object() + " — " + f.failureClass()
                + (f.details().isEmpty() ? "" : ": " + f.details().get(0))));
        // Our own failures to look come right after the findings: they are findings of their own, not log lines.
        e.problems().forEach(p -> lines.add("could not look: " + p));
        e.logPatterns().stream().limit(4).forEach(p -> lines.add("log ×" + p.count() + (p.newInWindow() ? " (new)" : "")
                + " " + p.level() + " " + p.template()));
        e.changes().stream().limit(2).forEach(c -> lines.add("change " + TIME.format(c.at()) + " " + c.object() + " — " + c.description()));
        e.events().stream().limit(3).forEach(ev -> lines.add("event " + ev));
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
}
