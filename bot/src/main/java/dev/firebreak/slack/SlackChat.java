package dev.firebreak.slack;

import dev.firebreak.diagnostics.ApprovalRequest;
import dev.firebreak.diagnostics.RunbookThreads;
import dev.firebreak.incident.Chat;
import dev.firebreak.incident.ChatException;
import dev.firebreak.incident.ChatText;
import dev.firebreak.incident.IncidentCard;
import dev.firebreak.incident.SecretMasking;
import dev.firebreak.integrations.slack.SlackApiError;
import dev.firebreak.integrations.slack.SlackSettings;
import dev.firebreak.integrations.slack.SlackText;
import dev.firebreak.integrations.slack.SlackWebApi;
import dev.firebreak.summary.EvidenceLink;
import dev.firebreak.summary.Summary;
import dev.firebreak.summary.SummaryChannel;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** {@link Chat} on Slack. */
@Singleton
public class SlackChat implements Chat, SummaryChannel, RunbookThreads {
    private final SlackWebApi slack;
    private final SlackSettings settings;
    private final SecretMasking masking;
    private final SlackMarkup markup;

    public SlackChat(SlackWebApi slack, SlackSettings settings, SecretMasking masking, SlackMarkup markup) {
        this.slack = slack;
        this.settings = settings;
        this.masking = masking;
        this.markup = markup;
    }

    /** Every message goes through here: secrets masked, outside text escaped, our own markup kept. */
    private SlackText slackText(ChatText text) {
        return markup.render(text.mapOutside(masking::mask));
    }

    @Override
    public Channel openChannel(String preferredName, boolean privateChannel, Predicate<String> unclaimed) {
        SlackWebApi.Channel channel =
                call(() -> slack.createChannel(preferredName, privateChannel, c -> unclaimed.test(c.id())));
        return new Channel(channel.id(), channel.name());
    }

    @Override
    public void setTopic(String channelId, ChatText topic) {
        run(() -> slack.setTopic(channelId, slackText(topic)));
    }

    @Override
    public void invite(String channelId, List<String> userIds) {
        run(() -> slack.invite(channelId, userIds));
    }

    @Override
    public String postCard(String channelId, IncidentCard card) {
        return call(() ->
                slack.postMessage(channelId, IncidentHeader.fallbackText(card), IncidentHeader.blocks(card, markup)));
    }

    @Override
    public void updateCard(String channelId, String cardRef, IncidentCard card) {
        run(() -> slack.updateMessage(
                channelId, cardRef, IncidentHeader.fallbackText(card), IncidentHeader.blocks(card, markup)));
    }

    @Override
    public void pin(String channelId, String messageRef) {
        run(() -> slack.pin(channelId, messageRef));
    }

    @Override
    public void post(String channelId, ChatText text) {
        run(() -> slack.postMessage(channelId, slackText(text), null));
    }

    /** Slack opens (or reuses) the bot's DM with the user when chat.postMessage is given a user id as channel. */
    @Override
    public void directMessage(String userId, ChatText text) {
        run(() -> slack.postMessage(userId, slackText(text), null));
    }

    @Override
    public void tellUser(String channelId, String userId, ChatText text) {
        run(() -> slack.postEphemeral(channelId, userId, slackText(text)));
    }

    @Override
    public Optional<ChatMessage> fetchMessage(String channelId, String messageRef) {
        return call(() -> slack.fetchMessage(channelId, messageRef))
                .map(m -> new ChatMessage(m.user(), m.text(), messageTime(m.ts())));
    }

    @Override
    public Optional<String> announceChannel() {
        return Optional.ofNullable(settings.announceChannelOrNull());
    }

    @Override
    public String startThread(String channelId, ChatText text) {
        return call(() -> slack.postMessage(channelId, slackText(text), null));
    }

    @Override
    public void reply(String channelId, String threadRef, ChatText text) {
        run(() -> slack.postThreadReply(channelId, threadRef, slackText(text)));
    }

    @Override
    public void uploadText(String channelId, String threadRef, String filename, String content) {
        run(() -> slack.uploadText(channelId, threadRef, filename, masking.mask(content)));
    }

    @Override
    public String requestApproval(String channelId, String threadRef, ApprovalRequest request) {
        return call(() -> slack.postThreadMessage(
                channelId, threadRef, ApprovalBlocks.fallbackText(request), ApprovalBlocks.request(request)));
    }

    @Override
    public void closeApproval(String channelId, String messageRef, ChatText outcome) {
        SlackText text = slackText(outcome);
        run(() -> slack.updateMessage(channelId, messageRef, text, ApprovalBlocks.closed(text)));
    }

    @Override
    public void post(String channelId, Summary summary, List<EvidenceLink> links, String fullEvidence) {
        boolean attached = !fullEvidence.isBlank();
        Summary shown = masked(summary);
        String ts = call(() -> slack.postMessage(
                channelId, SummaryBlocks.fallbackText(shown), SummaryBlocks.blocks(shown, links, attached, markup)));
        if (attached) {
            uploadText(channelId, ts, SummaryBlocks.EVIDENCE_FILE, fullEvidence);
        }
    }

    private Summary masked(Summary s) {
        return new Summary(
                masking.mask(s.scope()),
                masking.mask(s.whatIsFailing()),
                s.since(),
                masking.mask(s.likelyCause()),
                s.evidence().stream().map(masking::mask).collect(java.util.stream.Collectors.toList()),
                s.suggestedRunbooks(),
                s.narrative() == null ? null : masking.mask(s.narrative()),
                s.narratedBy(),
                s.fallbackReason());
    }

    @Override
    public java.util.Set<String> membersOfGroup(String groupId) {
        return call(() -> slack.usergroupMembers(groupId));
    }

    @Override
    public Optional<String> userIdByEmail(String email) {
        return call(() -> slack.lookupUserIdByEmail(email));
    }

    @Override
    public Optional<String> emailOf(String userId) {
        return call(() -> slack.emailOf(userId));
    }

    @Override
    public String channelLink(String channelId) {
        return "https://slack.com/app_redirect?channel=" + channelId;
    }

    /** Slack message timestamps are epoch seconds with microseconds, e.g. {@code 1700000000.123456}. */
    static Instant messageTime(String ts) {
        String[] parts = ts.split("\\.");
        long micros = parts.length > 1 ? Long.parseLong((parts[1] + "000000").substring(0, 6)) : 0;
        return Instant.ofEpochSecond(Long.parseLong(parts[0]), micros * 1000);
    }

    private static <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (SlackApiError e) {
            String code = SlackWebApi.PACED.equals(e.error()) ? ChatException.PACED : e.error();
            throw new ChatException(e.getMessage(), code, e.retryable(), e);
        }
    }

    private static void run(Runnable call) {
        call(() -> {
            call.run();
            return null;
        });
    }
}
