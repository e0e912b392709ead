package dev.firebreak.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.Test;

/** The emulated channel shows messages as a Slack client would, and never as markup. */
class SlackBlocksTest {
    private final JsonMapper json = JsonMapper.createDefault();

    @Test
    void blocksShowTheirTextAndButtons() {
        SlackBlocks.Shown shown = SlackBlocks.read(
                json,
                "[{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"hi\"}},"
                        + "{\"type\":\"actions\",\"elements\":[{\"type\":\"button\",\"action_id\":\"runbook_approve\","
                        + "\"value\":\"7:restart\",\"text\":{\"type\":\"plain_text\",\"text\":\"Approve\"}}]}]");

        assertThat(shown.lines()).containsExactly("hi");
        assertThat(shown.buttons()).containsExactly(new SlackBlocks.Button("Approve", "runbook_approve", "7:restart"));
    }

    @Test
    void mentionsLinksAndEscapesReadAsInSlack() {
        assertThat(SlackBlocks.unescape("<@" + SlackWorkspace.LEAD
                        + "> in <#C1|inc-1>: <https://x.example/a|the page> a &lt; b &amp; c"))
                .isEqualTo("@sam in #inc-1: the page a < b & c");
    }

    @Test
    void textFromOutsideIsNeverMarkup() {
        assertThat(SlackChannelController.escape("&lt;script&gt;alert(1)&lt;/script&gt; <img src=x onerror=alert(1)>"))
                .doesNotContain("<script", "<img")
                .startsWith("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
}
