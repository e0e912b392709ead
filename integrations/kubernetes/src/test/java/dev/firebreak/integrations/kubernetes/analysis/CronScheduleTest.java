package dev.firebreak.integrations.kubernetes.analysis;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The schedules the CronJob controller accepts and refuses (robfig/cron's standard parser). */
class CronScheduleTest {

    @ParameterizedTest
    @ValueSource(strings = {"*/5 * * * *", "0 2 * * *", "0 0 1 1 *", "15,45 9-17 * * mon-fri", "0 0 ? * SUN",
        "0 */6 1-15/2 jan,jul *", "@daily", "@hourly", "@every 1h30m", "CRON_TZ=Europe/Berlin 0 3 * * *",
        "59 23 31 12 6", "5/15 * * * *"})
    void valid(String schedule) {
        assertNull(CronSchedule.problem(schedule), schedule);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "* * * *", "* * * * * *", "60 * * * *", "0 24 * * *", "0 0 0 * *", "0 0 * 13 *",
        "0 0 * * 7", "*/0 * * * *", "5-1 * * * *", "? * * * *", "0 0 * foo *", "@fortnightly",
        "1,,2 * * * *", "0 0 * * mon-sunday"})
    void invalid(String schedule) {
        assertNotNull(CronSchedule.problem(schedule), schedule);
    }
}
