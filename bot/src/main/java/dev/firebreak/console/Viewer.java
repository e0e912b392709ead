package dev.firebreak.console;

/**
 * Who is looking at the console. {@code userId} is a Slack user id for people signed in with Slack; someone
 * signed in with the API token is {@link #tokenHolder()}, who may read everything the API serves.
 */
public record Viewer(String userId, String name, boolean tokenHolder) {
    static final String TOKEN_HOLDER_ID = "api-token";

    static Viewer withApiToken() {
        return new Viewer(TOKEN_HOLDER_ID, "API token holder", true);
    }
}
