package dev.firebreak.integrations.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects the same Bolt app through Socket Mode when {@code SLACK_APP_TOKEN} is set, for teams that cannot expose
 * a public endpoint.
 */
@Context
@Requires(property = SlackSettings.PREFIX + ".app-token", pattern = ".+")
public class SocketModeConnector {
    private static final Logger LOG = LoggerFactory.getLogger(SocketModeConnector.class);
    private final SlackSettings settings;
    private final App app;
    private SocketModeApp socketModeApp;

    public SocketModeConnector(SlackSettings settings, App app) {
        this.settings = settings;
        this.app = app;
    }

    @PostConstruct
    void connect() throws Exception {
        socketModeApp = new SocketModeApp(settings.appToken(), SocketModeClient.Backend.JavaWebSocket, app);
        socketModeApp.startAsync();
        LOG.info("Slack Socket Mode connected");
    }

    public boolean connected() {
        return socketModeApp != null && socketModeApp.getClient() != null && socketModeApp.getClient().verifyConnection();
    }

    @PreDestroy
    void close() throws Exception {
        if (socketModeApp != null) {
            socketModeApp.close();
        }
    }
}
