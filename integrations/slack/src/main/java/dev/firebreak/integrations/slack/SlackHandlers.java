package dev.firebreak.integrations.slack;

import com.slack.api.bolt.App;

/** A feature that registers its Bolt handlers; the same handlers serve HTTP and Socket Mode. */
public interface SlackHandlers {
    void register(App app);
}
