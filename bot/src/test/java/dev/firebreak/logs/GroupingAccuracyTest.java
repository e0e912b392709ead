package dev.firebreak.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.firebreak.logs.eval.GroupingAccuracy;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupingAccuracyTest {

    @Test
    void perfectGroupingIsOneWhateverTheLabels() {
        assertEquals(1.0, GroupingAccuracy.of(List.of(7, 7, 9), List.of("A", "A", "B")));
    }

    @Test
    void aMergedGroupMakesAllItsLinesWrong() {
        // predicted group 1 holds A and B lines: all 3 wrong; group 2 = exactly C
        assertEquals(0.25, GroupingAccuracy.of(List.of(1, 1, 1, 2), List.of("A", "A", "B", "C")));
    }

    @Test
    void aSplitGroupMakesAllItsLinesWrong() {
        // truth A split over predicted 1 and 2: both parts wrong; B right
        assertEquals(0.5, GroupingAccuracy.of(List.of(1, 2, 3, 3), List.of("A", "A", "B", "B")));
    }

    @Test
    void rejectsMismatchedLengths() {
        assertThrows(IllegalArgumentException.class, () -> GroupingAccuracy.of(List.of(1), List.of("A", "B")));
    }
}
