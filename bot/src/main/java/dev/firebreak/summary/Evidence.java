package dev.firebreak.summary;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;

/** What a summary is built from. All text is already redacted when it gets here. */
public record Evidence(String scope, List<Failure> failures, List<LogPattern> logPatterns, List<String> events,
        List<Change> changes, List<String> problems, Location location) {

    /** Evidence gathered without knowing where it came from, such as a dataset. */
    public Evidence(String scope, List<Failure> failures, List<LogPattern> logPatterns, List<String> events,
            List<Change> changes, List<String> problems) {
        this(scope, failures, logPatterns, events, changes, problems, Location.UNKNOWN);
    }

    /** Where the evidence was gathered; what is not known is null. Links into the team's own tools are built from it. */
    public record Location(@Nullable String cluster, @Nullable String namespace, @Nullable String workload) {
        public static final Location UNKNOWN = new Location(null, null, null);
    }

    /**
     * One failing object, as an analyzer found it. {@code cause} is the root cause when the analyzer could name it
     * (a container's last error line, the scheduler's reason, a probe's message); {@code owner} is the workload the
     * object belongs to ({@code Deployment shop/api} for its pods), the object itself when it has none.
     */
    public record Failure(String object, String failureClass, String severity, @Nullable Instant since, String summary,
            List<String> details, @Nullable String suggestedRunbook, @Nullable String cause, String owner) {

        public Failure(String object, String failureClass, String severity, @Nullable Instant since, String summary,
                List<String> details, @Nullable String suggestedRunbook) {
            this(object, failureClass, severity, since, summary, details, suggestedRunbook, null, object);
        }
    }

    /** A log template with how often it occurred; {@code level} is a hint such as ERROR. */
    public record LogPattern(long count, String level, String template, boolean newInWindow) {}

    /**
     * A rollout or config change; {@code precedesFailure} when it came before the first failure; {@code initial} when
     * it is the object's first version (revision 1, a new workload), which cannot have broken anything that ran.
     */
    public record Change(String object, Instant at, String description, boolean precedesFailure, boolean initial) {

        public Change(String object, Instant at, String description, boolean precedesFailure) {
            this(object, at, description, precedesFailure, false);
        }
    }

    public boolean isEmpty() {
        return failures.isEmpty() && logPatterns.isEmpty() && events.isEmpty() && changes.isEmpty();
    }
}
