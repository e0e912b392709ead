package dev.firebreak.work;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.task.TaskInstance;
import dev.firebreak.incident.ChatText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which incident a job is about, for the {@code incident_id} of the lines it logs. */
class JobLogContextTest {

    @Test
    void theIncidentComesFromTheJobsData() {
        assertThat(JobLogContext.incidentOf(new TaskInstance<>(ChatTasks.OPEN_CHANNEL.getTaskName(), "incident-7", 7L))).isEqualTo("7");
        assertThat(JobLogContext.incidentOf(new TaskInstance<>(ChatTasks.POST_IN_CHANNEL.getTaskName(), "x",
                new ChatTasks.Post(42, ChatText.ours("hello"))))).isEqualTo("42");
        assertThat(JobLogContext.incidentOf(new TaskInstance<>(PagerTasks.INVITE.getTaskName(), "y",
                new PagerTasks.Invite(9, List.of("P1"))))).isEqualTo("9");
    }

    @Test
    void idsOfOtherThingsAreNotTakenForIncidents() {
        // A corrective action's id and a runbook run's id are not incident ids.
        assertThat(JobLogContext.incidentOf(new TaskInstance<>(PostmortemTasks.FILE_ACTION.getTaskName(), "action-3", 3L))).isNull();
        assertThat(JobLogContext.incidentOf(new TaskInstance<>(RunbookTasks.ADVANCE.getTaskName(), "run-5-1", 5L))).isNull();
        assertThat(JobLogContext.incidentOf(new TaskInstance<>(ReminderTasks.REMIND_QUIET, "recurring"))).isNull();
    }
}
