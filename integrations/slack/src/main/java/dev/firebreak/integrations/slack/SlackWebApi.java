package dev.firebreak.integrations.slack;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.conversations.ConversationsCreateResponse;
import com.slack.api.methods.response.conversations.ConversationsListResponse;
import com.slack.api.model.Conversation;
import com.slack.api.model.ConversationType;
import com.slack.api.model.Message;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import dev.firebreak.integrations.http.VendorCallListener;
import dev.firebreak.integrations.http.VendorCallListener.Outcome;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack Web API calls Firebreak makes. Rate limits (HTTP 429) are waited out here; other failures become
 * {@link SlackApiError}, marked retryable or not, so callers can decide between retrying later and telling the user.
 */
@Singleton
public class SlackWebApi {
    private static final Logger LOG = LoggerFactory.getLogger(SlackWebApi.class);
    private static final int MAX_RATE_LIMIT_WAITS = 5;
    private static final int MAX_NAME_ATTEMPTS = 20;
    private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);
    private static final Duration MAX_PACING_WAIT = Duration.ofSeconds(5);
    public static final String PACED = "paced_by_firebreak";
    private static final Set<String> RETRYABLE_ERRORS =
            Set.of("ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout");

    private final SlackSettings settings;
    private final Slack slack;
    private final RatePacer channelCreates;
    private final VendorCallListener listener;

    public SlackWebApi(SlackSettings settings, Slack slack) {
        this(settings, slack, VendorCallListener.NONE);
    }

    @Inject
    public SlackWebApi(SlackSettings settings, Slack slack, @Nullable VendorCallListener listener) {
        this.settings = settings;
        this.slack = slack;
        this.listener = listener == null ? VendorCallListener.NONE : listener;
        this.channelCreates =
                new RatePacer(settings.channelCreateBurst(), settings.channelCreatesPerMinute(), MAX_PACING_WAIT);
    }

    public boolean enabled() {
        return settings.webApiEnabled();
    }

    /** Who the bot is in Slack, learned once: the creator of the channels it opens. */
    private volatile String botUserId;

    public record Channel(String id, String name) {}

    public record PostedMessage(String user, String text, String ts) {}

    /** Creates a channel (public or private); when the name is taken, tries {@code name-2}, {@code name-3}, ... */
    public Channel createChannel(String preferredName, boolean isPrivate) {
        return createChannel(preferredName, isPrivate, null);
    }

    /**
     * As {@link #createChannel(String, boolean)}, except that a taken name whose channel this bot created, and that
     * {@code adoptable} accepts, is that channel: Slack created it, but whoever asked never learned so (a crash
     * between Slack's answer and recording it), and asking again must not open a second channel.
     */
    public Channel createChannel(String preferredName, boolean isPrivate, @Nullable Predicate<Channel> adoptable) {
        String base = SlackChannelName.of(preferredName);
        String name = base;
        for (int attempt = 2; attempt <= MAX_NAME_ATTEMPTS + 1; attempt++) {
            String candidate = name;
            pace();
            try {
                ConversationsCreateResponse created = call(
                        "conversations.create",
                        m -> m.conversationsCreate(r -> r.name(candidate).isPrivate(isPrivate)));
                return new Channel(
                        created.getChannel().getId(), created.getChannel().getName());
            } catch (SlackApiError e) {
                if (!"name_taken".equals(e.error())) {
                    throw e;
                }
                Optional<Channel> ours = adoptable == null
                        ? Optional.empty()
                        : channelCreatedByUs(candidate).filter(adoptable);
                if (ours.isPresent()) {
                    return ours.get();
                }
                name = SlackChannelName.withSuffix(base, attempt);
            }
        }
        throw new SlackApiError("conversations.create", "name_taken", false, null);
    }

    /**
     * The unarchived channel named {@code name} that this bot created, if any (public, or private with the bot in it).
     * A best effort: if Slack cannot say, the caller opens a channel under the next name, as before.
     */
    private Optional<Channel> channelCreatedByUs(String name) {
        try {
            String us = botUserId();
            String cursor = "";
            do {
                String page = cursor;
                ConversationsListResponse list = call(
                        "conversations.list",
                        m -> m.conversationsList(
                                r -> r.types(List.of(ConversationType.PUBLIC_CHANNEL, ConversationType.PRIVATE_CHANNEL))
                                        .excludeArchived(true)
                                        .limit(1000)
                                        .cursor(page.isEmpty() ? null : page)));
                for (Conversation c : list.getChannels() == null ? List.<Conversation>of() : list.getChannels()) {
                    if (name.equals(c.getName()) && us != null && us.equals(c.getCreator())) {
                        return Optional.of(new Channel(c.getId(), c.getName()));
                    }
                }
                cursor = list.getResponseMetadata() == null
                        ? ""
                        : Objects.toString(list.getResponseMetadata().getNextCursor(), "");
            } while (!cursor.isEmpty());
        } catch (SlackApiError e) {
            LOG.warn("Could not look for an existing channel #{}: {}", name, e.getMessage());
        }
        return Optional.empty();
    }

    private String botUserId() {
        String known = botUserId;
        if (known == null) {
            known = call("auth.test", m -> m.authTest(r -> r)).getUserId();
            botUserId = known;
        }
        return known;
    }

    private void pace() {
        try {
            if (!channelCreates.acquire()) {
                // Our own pacing, not Slack: the job comes back shortly.
                throw new SlackApiError("conversations.create", PACED, true, null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SlackApiError("conversations.create", "interrupted", true, e);
        }
    }

    public void setTopic(String channel, SlackText topic) {
        call(
                "conversations.setTopic",
                m -> m.conversationsSetTopic(r -> r.channel(channel).topic(topic.mrkdwn())));
    }

    /** Invites users; people already in the channel (or the bot itself) are not an error. */
    public void invite(String channel, List<String> users) {
        if (users.isEmpty()) {
            return;
        }
        try {
            call(
                    "conversations.invite",
                    m -> m.conversationsInvite(r -> r.channel(channel).users(users)));
        } catch (SlackApiError e) {
            if (!Set.of("already_in_channel", "cant_invite_self").contains(e.error())) {
                throw e;
            }
        }
    }

    public String postMessage(String channel, SlackText text, @Nullable List<LayoutBlock> blocks) {
        return call(
                        "chat.postMessage",
                        m -> m.chatPostMessage(
                                r -> r.channel(channel).text(text.mrkdwn()).blocks(blocks)))
                .getTs();
    }

    public String postThreadReply(String channel, String threadTs, SlackText text) {
        return call(
                        "chat.postMessage",
                        m -> m.chatPostMessage(
                                r -> r.channel(channel).threadTs(threadTs).text(text.mrkdwn())))
                .getTs();
    }

    public String postThreadMessage(String channel, String threadTs, SlackText text, List<LayoutBlock> blocks) {
        return call(
                        "chat.postMessage",
                        m -> m.chatPostMessage(r -> r.channel(channel)
                                .threadTs(threadTs)
                                .text(text.mrkdwn())
                                .blocks(blocks)))
                .getTs();
    }

    public void updateMessage(String channel, String ts, SlackText text, List<LayoutBlock> blocks) {
        call(
                "chat.update",
                m -> m.chatUpdate(
                        r -> r.channel(channel).ts(ts).text(text.mrkdwn()).blocks(blocks)));
    }

    public void pin(String channel, String ts) {
        try {
            call("pins.add", m -> m.pinsAdd(r -> r.channel(channel).timestamp(ts)));
        } catch (SlackApiError e) {
            if (!"already_pinned".equals(e.error())) {
                throw e;
            }
        }
    }

    public void postEphemeral(String channel, String user, SlackText text) {
        postEphemeral(channel, user, text, null);
    }

    public void postEphemeral(String channel, String user, SlackText text, @Nullable List<LayoutBlock> blocks) {
        call(
                "chat.postEphemeral",
                m -> m.chatPostEphemeral(
                        r -> r.channel(channel).user(user).text(text.mrkdwn()).blocks(blocks)));
    }

    public void openView(String triggerId, View view) {
        call("views.open", m -> m.viewsOpen(r -> r.triggerId(triggerId).view(view)));
    }

    /** Finds a message by channel and ts, top-level or in a thread. */
    public Optional<PostedMessage> fetchMessage(String channel, String ts) {
        List<Message> messages = call(
                        "conversations.replies",
                        m -> m.conversationsReplies(
                                r -> r.channel(channel).ts(ts).limit(1).inclusive(true)))
                .getMessages();
        if (messages == null) {
            return Optional.empty();
        }
        return messages.stream()
                .filter(msg -> ts.equals(msg.getTs()))
                .findFirst()
                .map(msg ->
                        new PostedMessage(msg.getUser() != null ? msg.getUser() : msg.getBotId(), msg.getText(), ts));
    }

    public Optional<String> lookupUserIdByEmail(String email) {
        try {
            return Optional.of(call("users.lookupByEmail", m -> m.usersLookupByEmail(r -> r.email(email)))
                    .getUser()
                    .getId());
        } catch (SlackApiError e) {
            if ("users_not_found".equals(e.error())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Uploads text as a file into a thread (Slack's files.getUploadURLExternal + completeUploadExternal flow). The
     * content is a file, not a message: Slack shows it verbatim, so it is not escaped; the title is.
     */
    public void uploadText(String channel, String threadTs, String filename, String content) {
        call(
                "files.uploadV2",
                m -> m.filesUploadV2(r -> r.channel(channel)
                        .threadTs(threadTs)
                        .filename(filename)
                        .title(SlackText.untrusted(filename).mrkdwn())
                        .content(content)));
    }

    public java.util.Set<String> usergroupMembers(String usergroupId) {
        List<String> users = call("usergroups.users.list", m -> m.usergroupsUsersList(r -> r.usergroup(usergroupId)))
                .getUsers();
        return users == null ? java.util.Set.of() : java.util.Set.copyOf(users);
    }

    /** The e-mail of a workspace member; empty when hidden or not a person. */
    public Optional<String> emailOf(String userId) {
        com.slack.api.model.User user =
                call("users.info", m -> m.usersInfo(r -> r.user(userId))).getUser();
        return user == null || user.getProfile() == null
                ? Optional.empty()
                : Optional.ofNullable(user.getProfile().getEmail());
    }

    @FunctionalInterface
    interface ApiCall<T> {
        T execute(MethodsClient methods) throws IOException, SlackApiException;
    }

    /** One Web API call, told to the listener as Slack's {@code method} with how it ended. */
    <T extends SlackApiTextResponse> T call(String method, ApiCall<T> apiCall) {
        if (!enabled()) {
            throw new SlackApiError(method, "slack_not_configured", true, null);
        }
        try {
            return attempt(method, apiCall);
        } catch (SlackApiError e) {
            listener.called("Slack", method, Outcome.FAILED);
            throw e;
        }
    }

    private <T extends SlackApiTextResponse> T attempt(String method, ApiCall<T> apiCall) {
        MethodsClient methods = slack.methods(settings.botToken());
        for (int waits = 0; ; waits++) {
            try {
                T response = apiCall.execute(methods);
                if (!response.isOk()) {
                    LOG.warn("Slack {} answered ok:false error={}", method, response.getError());
                    throw new SlackApiError(
                            200, method, response.getError(), RETRYABLE_ERRORS.contains(response.getError()), null);
                }
                listener.called("Slack", method, waits == 0 ? Outcome.OK : Outcome.RETRIED);
                return response;
            } catch (SlackApiException e) {
                int status = e.getResponse().code();
                if (status == 429 && waits < MAX_RATE_LIMIT_WAITS) {
                    Duration wait = retryAfter(e);
                    LOG.info("Slack {} rate limited; waiting {} s as Retry-After asks", method, wait.toSeconds());
                    sleep(wait);
                    continue;
                }
                LOG.warn("Slack {} failed with HTTP {}", method, status);
                throw new SlackApiError(
                        status,
                        method,
                        status == 429 ? "ratelimited" : "http_" + status,
                        status == 429 || status >= 500,
                        e);
            } catch (IOException e) {
                LOG.warn("Slack {} failed: {}", method, e.toString());
                throw new SlackApiError(method, "io_error", true, e);
            }
        }
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SlackApiError("sleep", "interrupted", true, e);
        }
    }

    private static Duration retryAfter(SlackApiException e) {
        String header = e.getResponse().header("Retry-After");
        long seconds = 1;
        if (header != null) {
            try {
                seconds = Math.max(0, Long.parseLong(header.trim()));
            } catch (NumberFormatException ignored) {
                // A malformed header still means "slow down"; one second is Slack's usual minimum.
            }
        }
        Duration wait = Duration.ofSeconds(seconds);
        return wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait;
    }
}
