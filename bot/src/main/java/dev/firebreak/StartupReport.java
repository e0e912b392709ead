package dev.firebreak;

import dev.firebreak.alertmanager.AlertmanagerSettings;
import dev.firebreak.incident.IncidentAccess;
import dev.firebreak.integrations.slack.SlackSettings;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Says at start what is switched off, so a missing credential is found in the log and not at 3 a.m. */
@Singleton
class StartupReport implements ApplicationEventListener<ServerStartupEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(StartupReport.class);
    private final SlackSettings slack;
    private final AlertmanagerSettings alertmanager;
    private final IncidentAccess access;

    StartupReport(SlackSettings slack, AlertmanagerSettings alertmanager, IncidentAccess access) {
        this.slack = slack;
        this.alertmanager = alertmanager;
        this.access = access;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        if (!slack.webApiEnabled()) {
            LOG.warn("SLACK_BOT_TOKEN is not set: Slack Web API calls are disabled (channels, messages); jobs wait until it is set");
        }
        if (!slack.httpEnabled() && !slack.socketModeEnabled()) {
            LOG.warn("Neither SLACK_SIGNING_SECRET nor SLACK_APP_TOKEN is set: /slack/events answers 503 and no Slack command reaches Firebreak");
        } else if (!slack.httpEnabled()) {
            LOG.info("SLACK_SIGNING_SECRET is not set: /slack/events answers 503; Slack talks to Firebreak over Socket Mode");
        }
        if (slack.announceChannelOrNull() == null) {
            LOG.info("SLACK_ANNOUNCE_CHANNEL is not set: new incidents are not announced");
        }
        if (alertmanager.enabled() && alertmanager.responders().isEmpty() && alertmanager.teamResponders().isEmpty()) {
            LOG.warn("ALERTMANAGER_RESPONDERS is not set: channels opened by Alertmanager invite nobody");
        }
        if (!access.hasResponderGroups() && alertmanager.responders().isEmpty() && alertmanager.teamResponders().isEmpty()) {
            LOG.warn("Neither FIREBREAK_RESPONDER_GROUPS nor ALERTMANAGER_RESPONDERS is set: anyone in an incident channel may "
                    + "take command of an incident nobody was invited to, so incidents are open to everyone");
        }
        LOG.info("Firebreak is up on port {}", event.getSource().getPort());
    }
}
