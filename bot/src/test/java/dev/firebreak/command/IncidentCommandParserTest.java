package dev.firebreak.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.firebreak.incident.IncidentStatus;
import dev.firebreak.incident.PageTarget;
import dev.firebreak.incident.Role;
import dev.firebreak.incident.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IncidentCommandParserTest {
    private final IncidentCommandParser parser = new IncidentCommandParser();

    @Test
    void declareTakesTheTitleAndAnOptionalTrailingSeverity() {
        assertThat(parser.parse("declare Checkout is down sev1"))
                .isEqualTo(new IncidentCommand.Declare("Checkout is down", Severity.SEV1));
        assertThat(parser.parse("declare Checkout is down"))
                .isEqualTo(new IncidentCommand.Declare("Checkout is down", Severity.SEV3));
        assertThat(parser.parse("  DECLARE   Checkout   is down   SEV2 "))
                .isEqualTo(new IncidentCommand.Declare("Checkout is down", Severity.SEV2));
    }

    @Test
    void quotedTitlesKeepTheirWordsIncludingSeverityLookalikes() {
        assertThat(parser.parse("declare \"sev2 pager storm\" sev4"))
                .isEqualTo(new IncidentCommand.Declare("sev2 pager storm", Severity.SEV4));
        assertThat(parser.parse("declare \u201CCurly quoted title\u201D sev2"))
                .isEqualTo(new IncidentCommand.Declare("Curly quoted title", Severity.SEV2));
        assertThat(parser.parse("declare --private Payroll export leaks sev2"))
                .isEqualTo(new IncidentCommand.Declare("Payroll export leaks", Severity.SEV2, true));
        assertThat(parser.parse("declare \"Payroll export\" --private"))
                .isEqualTo(new IncidentCommand.Declare("Payroll export", Severity.SEV3, true));
        assertThat(parser.parse("declare --private")).isInstanceOf(IncidentCommand.Invalid.class);
    }

    @Test
    void anOpenQuoteIsAnError() {
        assertThat(parser.parse("declare \"never closed sev1")).isInstanceOf(IncidentCommand.Invalid.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"declare Broken sev9", "declare Broken sev0", "declare Broken severe"})
    void badSeverityIsNamed(String text) {
        IncidentCommand c = parser.parse(text);
        if (text.endsWith("severe")) {
            // "severe" looks like a severity and is refused rather than silently becoming part of the title
            assertThat(c).isInstanceOf(IncidentCommand.Invalid.class);
        } else {
            assertThat(((IncidentCommand.Invalid) c).message()).contains("not a severity");
        }
    }

    @Test
    void declareWithOnlyASeverityHasNoTitle() {
        assertThat(((IncidentCommand.Invalid) parser.parse("declare sev1")).message()).contains("title");
    }

    @Test
    void declareWithoutTextOpensTheForm() {
        assertThat(parser.parse("declare")).isInstanceOf(IncidentCommand.OpenDeclareForm.class);
    }

    @Test
    void tooLongTitlesAreRefused() {
        assertThat(parser.parse("declare " + "x".repeat(201))).isInstanceOf(IncidentCommand.Invalid.class);
    }

    @ParameterizedTest
    @CsvSource({"sev 1,SEV1", "sev sev2,SEV2", "severity 4,SEV4"})
    void severityChanges(String text, Severity expected) {
        assertThat(parser.parse(text)).isEqualTo(new IncidentCommand.ChangeSeverity(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sev", "sev 5", "sev high"})
    void severityNeedsOneToFour(String text) {
        assertThat(parser.parse(text)).isInstanceOf(IncidentCommand.Invalid.class);
    }

    @Test
    void statusShowsOrMoves() {
        assertThat(parser.parse("status")).isEqualTo(new IncidentCommand.Status(null));
        assertThat(parser.parse("status Monitoring")).isEqualTo(new IncidentCommand.Status(IncidentStatus.MONITORING));
        assertThat(parser.parse("status fixed")).isInstanceOf(IncidentCommand.Invalid.class);
    }

    @Test
    void rolesNeedARoleAndAnEscapedMention() {
        assertThat(parser.parse("role commander <@U024BE7LH|bob>"))
                .isEqualTo(new IncidentCommand.AssignRole(Role.COMMANDER, "U024BE7LH"));
        assertThat(parser.parse("role scribe <@W0123ABC>")).isEqualTo(new IncidentCommand.AssignRole(Role.SCRIBE, "W0123ABC"));
        assertThat(((IncidentCommand.Invalid) parser.parse("role boss <@U1>")).message()).contains("not a role");
        assertThat(((IncidentCommand.Invalid) parser.parse("role comms @bob")).message()).contains("Mention");
        assertThat(parser.parse("role comms")).isInstanceOf(IncidentCommand.Invalid.class);
    }

    @Test
    void updatesAndNotesNeedText() {
        assertThat(parser.parse("update Rolled back to v41")).isEqualTo(new IncidentCommand.Update("Rolled back to v41"));
        assertThat(parser.parse("note \"quoted\" stays as typed")).isEqualTo(new IncidentCommand.Note("\"quoted\" stays as typed"));
        assertThat(parser.parse("update")).isInstanceOf(IncidentCommand.Invalid.class);
        assertThat(parser.parse("note   ")).isInstanceOf(IncidentCommand.Invalid.class);
    }

    @Test
    void pageTakesOnePersonOrAnEscalationPolicy() {
        assertThat(parser.parse("page <@U0DBA|dba>")).isEqualTo(new IncidentCommand.Page(PageTarget.person("U0DBA")));
        assertThat(parser.parse("page Database on-call")).isEqualTo(new IncidentCommand.Page(PageTarget.policy("Database on-call")));
        assertThat(parser.parse("page")).isInstanceOf(IncidentCommand.Invalid.class);
        assertThat(parser.parse("page <@U1> <@U2>")).isInstanceOf(IncidentCommand.Invalid.class);
    }

    @Test
    void simpleVerbs() {
        assertThat(parser.parse("timeline")).isInstanceOf(IncidentCommand.ShowTimeline.class);
        assertThat(parser.parse("list")).isInstanceOf(IncidentCommand.ListOpen.class);
        assertThat(parser.parse("action retry #12")).isEqualTo(new IncidentCommand.RetryAction(12));
        assertThat(parser.parse("action retry 12")).isEqualTo(new IncidentCommand.RetryAction(12));
        assertThat(parser.parse("action retry twelve")).isInstanceOf(IncidentCommand.Invalid.class);
        assertThat(parser.parse("resolve")).isInstanceOf(IncidentCommand.Resolve.class);
        assertThat(parser.parse("help")).isInstanceOf(IncidentCommand.Help.class);
        assertThat(parser.parse("")).isInstanceOf(IncidentCommand.Help.class);
        assertThat(parser.parse(null)).isInstanceOf(IncidentCommand.Help.class);
    }

    @Test
    void unknownSubcommandsAreNamed() {
        assertThat(parser.parse("reboot everything")).isEqualTo(new IncidentCommand.Unknown("reboot"));
    }
}
