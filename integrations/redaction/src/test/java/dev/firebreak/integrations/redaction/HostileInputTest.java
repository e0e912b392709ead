package dev.firebreak.integrations.redaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Inputs built to confuse the scanner: unicode, control characters, nested quotes, secrets cut at the reach. */
class HostileInputTest {
    private static final RedactionEngine ENGINE = RedactionEngine.standard();

    static Stream<Arguments> hostile() {
        String longValue = RuleTableTest.filler('a', 3 * RedactionEngine.REACH);
        return Stream.of(
                Arguments.of(
                        "a letter that lower-cases to two characters before the key",
                        "İİİ password=hunter2 ok",
                        "İİİ password=[REDACTED] ok"),
                Arguments.of(
                        "non-Latin text around the key",
                        "пароль: x, password=секрет; ok",
                        "пароль: x, password=[REDACTED]; ok"),
                Arguments.of("emoji (surrogate pairs) in the value", "token=🔑🔑abc next", "token=[REDACTED] next"),
                Arguments.of("null bytes inside the value", "password=hun\0ter2 next", "password=[REDACTED] next"),
                Arguments.of("a null byte inside the key", "pass\0word=hunter2", "pass\0word=hunter2"),
                Arguments.of(
                        "escaped quotes inside a quoted value",
                        "{\"password\":\"a\\\"b\\\"c\",\"u\":1}",
                        "{\"password\":\"[REDACTED]\",\"u\":1}"),
                Arguments.of(
                        "JSON inside a JSON string",
                        "{\"msg\":\"{\\\"token\\\":\\\"abc\\\"}\"}",
                        "{\"msg\":\"{\\\"token\\\":\\\"[REDACTED]\\\"}\"}"),
                Arguments.of("a quote that never closes", "password=\"hunter2 and the rest", "password=\"[REDACTED]"),
                Arguments.of(
                        "a single-quoted value holding a double quote", "secret='a\"b' ok", "secret='[REDACTED]' ok"),
                Arguments.of("a key with no value at the end of the text", "password=", "password="),
                Arguments.of(
                        "CRLF line ends", "password=a\r\ntoken=b\r\n", "password=[REDACTED]\r\ntoken=[REDACTED]\r\n"),
                Arguments.of(
                        "a value longer than one attempt reads, unquoted",
                        "token=" + longValue + " tail",
                        "token=[REDACTED] tail"),
                Arguments.of(
                        "a value longer than one attempt reads, quoted, with blanks",
                        "\"password\": \"" + longValue + " " + longValue + "\", \"u\": 1",
                        "\"password\": \"[REDACTED]\", \"u\": 1"),
                Arguments.of(
                        "keywords only",
                        "password token secret cookie bearer authorization, see https://docs",
                        "password token secret cookie bearer authorization, see https://docs"),
                Arguments.of("an empty text", "", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void masksTheSecretAndKeepsTheRest(String what, String input, String expected) {
        assertEquals(expected, ENGINE.redact(input));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void neverLetsASecretThroughWhateverSurroundsIt(String what, String input, String expected) {
        String out = ENGINE.redact("x " + input + " password=planted " + input);
        assertFalse(out.contains("planted"), out.length() > 200 ? out.substring(0, 200) : out);
    }
}
