package dev.firebreak.slack.commands;

import dev.firebreak.command.IncidentCommand;
import dev.firebreak.summary.SummaryJobs;
import jakarta.inject.Singleton;

/** {@code summarize [namespace[/workload]]}: the summary follows in the channel. */
@Singleton
class SummarizeHandler implements CommandHandler<IncidentCommand.Summarize> {
    private final SummaryJobs summaryJobs;

    SummarizeHandler(SummaryJobs summaryJobs) {
        this.summaryJobs = summaryJobs;
    }

    @Override
    public Class<IncidentCommand.Summarize> type() {
        return IncidentCommand.Summarize.class;
    }

    @Override
    public String handle(IncidentCommand.Summarize c, CommandCall call) {
        summaryJobs.summarize(call.incident().id(), c.namespace(), c.workload(), call.userId());
        return ":mag_right: Summarizing "
                + (c.namespace() == null
                        ? "where the alert points"
                        : "`" + c.namespace() + (c.workload() == null ? "" : "/" + c.workload()) + "`")
                + "; the summary follows in the channel.";
    }
}
