package dev.firebreak.startup;

/** What {@code java -jar firebreak.jar --help} prints. */
final class HelpText {
    static final String TEXT = """
            Usage: java -jar firebreak.jar [COMMAND] [ARGS]

            Commands:
              serve (default)                 run Firebreak: Slack bot, webhooks, API, background jobs
              demo                            play a whole incident with Slack, PagerDuty, Jira and a cluster
                                              emulated in process; prints a console link; Ctrl-C ends it
              runbooks lint [DIR]             check a folder of runbooks as the start does; exit 1 on errors
              logs mine FILE [OPTIONS]        group log lines into ranked templates (see README, Log template mining)
              --version                       print the version
              --help                          print this text

            Most important settings (environment variables; all are in the README):
              SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET   Slack app credentials (SLACK_APP_TOKEN for Socket Mode)
              FIREBREAK_DB_URL                        jdbc:postgresql://host:5432/db, or jdbc:h2:file:/path/db
                                                      (default: H2 in ./data)
              FIREBREAK_DB_USER, FIREBREAK_DB_PASSWORD
              FIREBREAK_API_TOKEN                     bearer token for /api (generated if unset)
              MICRONAUT_SERVER_PORT                   HTTP port (default 8080)
              FIREBREAK_RUNBOOKS_DIR                  runbook catalog (default ./runbooks)
              FIREBREAK_CLUSTERS                      kubeconfig contexts runbooks and summaries may use
              PAGERDUTY_WEBHOOK_SECRET, ALERTMANAGER_WEBHOOK_TOKEN, JIRA_URL ...  see the README
            """;

    private HelpText() {}
}
