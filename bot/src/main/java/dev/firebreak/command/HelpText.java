package dev.firebreak.command;

public final class HelpText {
    private HelpText() {}

    public static final String TEXT = String.join("\n",
            "*Firebreak* — `/incident` commands",
            "• `/incident declare [--private] <title> [sev1|sev2|sev3|sev4]` — open an incident and its channel (no title: a form;"
                    + " `--private`: a private channel, not announced)",
            "• `/incident list` — the open incidents, most severe first",
            "In an incident channel (changing it — status, sev, role, update, page, resolve, postmortem, action add/retry —"
                    + " is for its responders):",
            "• `/incident status [investigating|identified|monitoring]` — show or move the status",
            "• `/incident sev <1-4>` — change the severity",
            "• `/incident role <commander|comms|scribe> @user` — hand out a role",
            "• `/incident update <text>` — post a status update (also to the announce channel)",
            "• `/incident note <text>` — add a note to the timeline",
            "• `/incident page @user` or `/incident page <escalation policy>` — page more responders (PagerDuty incidents)",
            "• `/incident summarize [namespace[/workload]]` — what is failing, since when, and the likely cause",
            "• `/incident runbooks` — the runbooks you may run",
            "• `/incident diagnose [<runbook> key=value …]` — run an approved runbook (no arguments: pick one in a form)",
            "• `/incident timeline` — show the timeline",
            "• `/incident resolve` — resolve the incident",
            "• `/incident postmortem` — draft the postmortem in Jira (again: update it)",
            "• `/incident action add \"<text>\" [@owner] [due:YYYY-MM-DD] [p1|p2|p3]` — a corrective action, filed in Jira",
            "• `/incident actions` — the corrective actions and their status",
            "• `/incident action retry <n>` — file an action in Jira again, after Jira refused it and the cause was fixed",
            "React with :pushpin: to add a message to the timeline, or write `@firebreak note <text>`.");
}
