package dev.firebreak.console;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The numbers page's figures, per ISO week (Monday, UTC). Times are in minutes; a null median means no incident of
 * that severity was acknowledged (or resolved) that week.
 */
@Serdeable
public record Numbers(List<LocalDate> weeks, List<Response> responses, Map<String, List<Integer>> bySeverity,
        Map<String, List<Integer>> bySource, List<Actions> actions) {

    /** Time to acknowledge and to resolve of the incidents opened in one week with one severity. */
    @Serdeable
    public record Response(LocalDate week, String severity, int incidents, Long ackMedian, Long ackP90, Long resolveMedian,
            Long resolveP90) {}

    /** Corrective actions as they stood at the end of a week. */
    @Serdeable
    public record Actions(LocalDate week, int open, int overdue, int done) {}
}
