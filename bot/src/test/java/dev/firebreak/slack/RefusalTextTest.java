package dev.firebreak.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.incident.FailureId;
import dev.firebreak.incident.Refusal;
import dev.firebreak.support.CapturedLog;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RefusalTextTest {

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of(
                        Refusal.invalid(
                                "Add a corrective action",
                                "The due date 2020-01-01 is in the past.",
                                "Give today or a later day."),
                        ":warning: *Add a corrective action* — The due date 2020-01-01 is in the past. Give today or a later day."),
                Arguments.of(
                        Refusal.notAllowed(
                                "Resolve incident #4",
                                "Only the incident's responders may resolve it.",
                                "A responder can add you with `/incident role …`."),
                        ":warning: *Resolve incident #4* — Only the incident's responders may resolve it. A responder can add you"
                                + " with `/incident role …`."),
                Arguments.of(
                        Refusal.notFound("File the action again", "This incident has no action #9.", null),
                        ":warning: *File the action again* — This incident has no action #9."),
                Arguments.of(
                        Refusal.notPossible("Take command", "<@U1> is already commander of #4.", ""),
                        ":warning: *Take command* — <@U1> is already commander of #4."));
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void aRefusalReadsWhatWhyAndWhatToDo(Refusal refusal, String expected) {
        assertThat(RefusalText.of(refusal).mrkdwn()).isEqualTo(expected);
    }

    @Test
    void anUnexpectedFailureShowsOnlyAnIdThatTheLogHas() {
        try (CapturedLog log = new CapturedLog(FailureId.class)) {
            String text = RefusalText.unexpected(
                            "/incident sev 2", new IllegalArgumentException("HikariPool-1 - Connection is not available"))
                    .mrkdwn();

            assertThat(text).doesNotContain("Hikari").doesNotContain("IllegalArgument");
            Matcher id = Pattern.compile("Something went wrong \\(id ([0-9a-f]{8})\\)")
                    .matcher(text);
            assertThat(id.find()).as(text).isTrue();
            assertThat(log.lines())
                    .singleElement()
                    .satisfies(line -> assertThat(line)
                            .contains(id.group(1))
                            .contains("/incident sev 2")
                            .contains("HikariPool-1"));
        }
    }
}
