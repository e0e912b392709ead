package dev.firebreak.integrations.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one escaping rule, on hostile strings: what comes out shows what went in and can do nothing else. */
class SlackTextTest {

    static Stream<Arguments> hostile() {
        return Stream.of(
                Arguments.of("<!channel>", "&lt;!channel&gt;"),
                Arguments.of("<!here>", "&lt;!here&gt;"),
                Arguments.of("<https://evil.example|checkout>", "&lt;https://evil.example|checkout&gt;"),
                Arguments.of("<<!here>>", "&lt;&lt;!here&gt;&gt;"),
                Arguments.of("&lt;!channel&gt;", "&amp;lt;!channel&amp;gt;"),
                Arguments.of("\uFF1C!channel\uFF1E", "\uFF1C!channel\uFF1E"),
                Arguments.of("<@U123> <#C1> <!subteam^S1>", "&lt;@U123&gt; &lt;#C1&gt; &lt;!subteam^S1&gt;"),
                Arguments.of("a ``` b", "a `\u200B`\u200B` b"),
                Arguments.of("*bold* _it_ ~gone~", "*bold* _it_ ~gone~"));
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void outsideTextIsEscaped(String in, String out) {
        assertEquals(out, SlackText.untrusted(in).mrkdwn());
    }

    @ParameterizedTest
    @ValueSource(strings = {"x```y", "```", "````", "``` ``` ```"})
    void aCodeBlockCannotBeClosedEarly(String in) {
        String block = SlackText.codeBlock(in).mrkdwn();
        assertTrue(block.startsWith("```") && block.endsWith("```"), block);
        assertFalse(block.substring(3, block.length() - 3).contains("```"), block);
    }

    @org.junit.jupiter.api.Test
    void tenKilobytesStayWhole() {
        String big = "<!everyone>".repeat(1000);
        String out = SlackText.untrusted(big).mrkdwn();
        assertFalse(out.contains("<"));
        assertEquals(big.length() + 1000 * 6, out.length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://am|x> <!everyone", "https://evil.example/login", "javascript:alert(1)",
            "https://alertmanager.example.com.evil.example/", "https://alertmanager.example.com/a b"})
    void outsideLinksAreTextUnlessTheirHostIsAllowed(String url) {
        String shown = SlackText.outsideLink(url, "alertmanager", Set.of("alertmanager.example.com")).mrkdwn();
        assertFalse(shown.contains("<"), shown);
    }

    @org.junit.jupiter.api.Test
    void anAllowedHostStaysALink() {
        assertEquals("<https://alertmanager.example.com/#/alerts?a=1&b=2|alert&lt;s&gt;>",
                SlackText.outsideLink("https://alertmanager.example.com/#/alerts?a=1&b=2", "alert<s>",
                        Set.of("alertmanager.example.com")).mrkdwn());
    }
}
