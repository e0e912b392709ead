package dev.firebreak.integrations.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.List;

@Factory
class SlackFactory {

    @Singleton
    @Bean(preDestroy = "close")
    Slack slack(SlackSettings settings) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrlOrDefault());
        config.setPrettyResponseLoggingEnabled(false);
        // The SDK's call statistics look up the team with extra auth.test calls; we do not use them.
        config.setStatsEnabled(false);
        return Slack.getInstance(config);
    }

    /** One Bolt app carries every handler; HTTP and Socket Mode both feed it. */
    @Singleton
    App boltApp(SlackSettings settings, Slack slack, List<SlackHandlers> handlers) {
        AppConfig config = AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(settings.botToken())
                .signingSecret(settings.signingSecret())
                // Without a signing secret nothing can be verified: the HTTP endpoint refuses everything instead.
                .requestVerificationEnabled(true)
                .build();
        App app = new App(config);
        handlers.forEach(h -> h.register(app));
        return app;
    }
}
