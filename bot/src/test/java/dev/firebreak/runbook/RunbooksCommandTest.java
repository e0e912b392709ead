package dev.firebreak.runbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RunbooksCommandTest {
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    private int run(String... args) {
        return RunbooksCommand.run(List.of(args), new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void lintOfTheShippedCatalogSaysOk() {
        assertThat(run("lint", "../runbooks")).isZero();
        assertThat(out()).isEqualTo("OK: 8 runbooks" + System.lineSeparator());
        assertThat(err()).isEmpty();
    }

    @Test
    void lintPrintsEveryErrorAndExitsOne() {
        assertThat(run("lint", "src/test/resources/runbooks-invalid/unknown-arg")).isEqualTo(1);
        assertThat(err()).contains("runbooks-invalid/unknown-arg/pods.yaml:9:5: parameter \"query\": string "
                + "parameters need a pattern").contains("pods.yaml:17:7: step \"pods\": action \"pods\": unknown "
                + "argument \"command\"").contains("2 errors");
        assertThat(out()).isEmpty();
    }

    @Test
    void lintDefaultsToTheRunbooksDirectory() {
        // surefire runs in bot/, which has no runbooks/ of its own
        assertThat(run("lint")).isEqualTo(1);
        assertThat(err()).startsWith("runbooks: not a directory");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "check", "lint a b", "lint --fix"})
    void usageErrorsExitTwo(String line) {
        assertThat(run(line.isEmpty() ? new String[0] : line.split(" "))).isEqualTo(2);
        assertThat(err()).contains(RunbooksCommand.USAGE);
    }
}
