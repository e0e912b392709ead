package dev.firebreak.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NumbersCsvTest {

    @Test
    void percentilesAreNearestRank() {
        List<Long> ten = List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 100L);
        assertThat(Percentiles.of(ten, 0.5)).isEqualTo(5);
        assertThat(Percentiles.of(ten, 0.9)).isEqualTo(9);
        assertThat(Percentiles.of(List.of(42L), 0.9)).isEqualTo(42);
        assertThat(Percentiles.of(List.of(1L, 2L, 3L), 0.5)).isEqualTo(2);
    }

    @Test
    void csvIsLongQuotedAndSafeInSpreadsheets() {
        LocalDate w = LocalDate.of(2026, 11, 30);
        Map<String, List<Integer>> bySource = new LinkedHashMap<>();
        bySource.put("=HYPERLINK(\"x\")", List.of(3));
        Numbers n = new Numbers(List.of(w), List.of(new Numbers.Response(w, "sev1", 2, 4L, 9L, null, null)),
                Map.of("sev1", List.of(2)), bySource, List.of(new Numbers.Actions(w, 1, 2, 3)));

        String csv = NumbersCsv.render(n);

        assertThat(csv.lines()).first().isEqualTo("table,week,group,measure,value");
        assertThat(csv).contains("response,2026-11-30,\"sev1\",ack_p90_minutes,9\n")
                .contains("response,2026-11-30,\"sev1\",resolve_median_minutes,\n")
                .contains("incidents_by_source,2026-11-30,\"'=HYPERLINK(\"\"x\"\")\",incidents,3\n")
                .contains("actions,2026-11-30,\"all\",overdue,2\n");
    }
}
